import { t } from './bilingual'
import { CONTENT_WRITTEN, day } from './dates'
import { h2, h3, p, richText, ul } from './lexical'
import { ref } from './refs'
import { sources } from './sources'
import type { SeedDocument } from './types'

const area = (nb: string, en: string) => ({ area: t(nb, en) })
const formerName = (nb: string, en: string) => ({ name: t(nb, en) })

/**
 * Sections of the original page: the four units of the Research Department and the
 * Registry Department's Section for Analysis and Research.
 */
export const sections: readonly SeedDocument<'sections'>[] = [
  {
    seedKey: 'section-epidemiology-prevention',
    data: {
      title: t('Seksjon for epidemiologi og forebygging', 'Section for Epidemiology and Prevention'),
      slug: t('seksjon-for-epidemiologi-og-forebygging', 'section-for-epidemiology-and-prevention'),
      lead: t(
        'Leter etter årsaker til kreft i arbeidsliv, legemidler og levevaner, og etter markører som kan avsløre kreft tidlig – kunnskap som kan brukes til å forebygge sykdommen.',
        'Looks for causes of cancer in working life, medicines and habits, and for markers that can reveal cancer early – knowledge that can be used to prevent the disease.',
      ),
      body: t(
        richText(
          h2('Forskningen'),
          p(
            'Helt siden 1970-tallet har seksjonen fulgt grupper av arbeidstakere som utsettes for skadelige stoffer i jobben, for eksempel offshorearbeidere og brannkonstabler. Andre studier undersøker om legemidler på resept endrer risikoen for kreft eller utfallet av sykdommen, og hvordan røyking, soleksponering, fysisk aktivitet og overvekt påvirker risikoen.',
          ),
          p(
            'Seksjonen leter også etter biomarkører som kan vise kreft på et tidlig stadium, og bidrar til den årlige rapporten Cancer in Norway.',
          ),
          h2('Bemanning'),
          p(
            'Ifølge sideversjonen fra 24. september 2020 hadde seksjonen 7 seniorforskere og 10 postdoktorer og stipendiater. En senere, udatert versjon oppgir 8 og 11.',
          ),
          h3('Om navnet'),
          p(
            'Registerets nettsider presenterte først enheten som etiologisk kreftforskning («Section for Etiology»). En senere side med nesten samme tekst kaller den «Section for Epidemiology and Prevention». At de to navnene gjelder samme seksjon, er vår slutning – kildene sier det ikke direkte. Det norske navnet på den nye seksjonen er ikke funnet; tittelen her er en oversettelse.',
          ),
        ),
        richText(
          h2('The research'),
          p(
            'Since the 1970s the section has followed groups of workers exposed to harmful substances on the job, such as offshore workers and firefighters. Other studies ask whether prescription medicines change the risk of cancer or the course of the disease, and how smoking, sun exposure, physical activity and obesity affect risk.',
          ),
          p('The section also searches for biomarkers that can show cancer at an early stage, and contributes to the annual Cancer in Norway report.'),
          h2('Staff'),
          p(
            'According to the page version of 24 September 2020 the section had 7 senior researchers and 10 postdoctoral and PhD fellows. A later, undated version gives 8 and 11.',
          ),
          h3('About the name'),
          p(
            "The registry's web pages first presented this unit as the Section for Etiology. A later page with almost the same text calls it the Section for Epidemiology and Prevention. That both names refer to the same section is our inference; the sources do not say so directly.",
          ),
        ),
      ),
      department: ref('departments', 'department-research'),
      formerNames: [
        formerName('Etiologisk kreftforskning', 'Section for Etiology'),
        formerName('Gruppe for etiologisk forskning (2012)', 'Group for etiological research (2012)'),
      ],
      researchAreas: [
        area('Yrkeseksponering (offshorearbeidere, brannkonstabler)', 'Occupational exposure (offshore workers, firefighters)'),
        area('Legemidler og risiko for og prognose ved kreft', 'Prescription medicines and cancer risk and prognosis'),
        area('Biomarkører for tidlig oppdagelse', 'Biomarkers for early detection'),
        area('Livsstil: røyking, UV-stråling, fysisk aktivitet og overvekt', 'Lifestyle: smoking, UV radiation, physical activity and obesity'),
      ],
      staffing: { seniorResearchers: 7, earlyCareerResearchers: 10, asOfDate: day('2020-09-24') },
      order: 1,
      lastUpdated: CONTENT_WRITTEN,
      sources: [sources.etiology, sources.epidemiologyPrevention, sources.etiologyNb],
    },
  },
  {
    seedKey: 'section-hpv',
    data: {
      title: t('HPV-relatert forskning', 'HPV-related research'),
      slug: t('hpv-relatert-forskning', 'hpv-related-research'),
      lead: t(
        'Humant papillomavirus (HPV) er svært utbredt, og en infeksjon som ikke går over, kan utvikle seg til livmorhalskreft og andre kreftformer. Forskerne studerer hvordan viruset sprer seg, hvordan vaksinene virker og hvordan screening kan tilpasses den enkelte.',
        'Human papillomavirus (HPV) is widespread, and an infection that does not clear can develop into cervical and other cancers. The researchers study how the virus spreads, how the vaccines work and how screening can be fitted to each person.',
      ),
      body: t(
        richText(
          h2('Om forskningen'),
          p(
            'Kreftregisteret har forsket på HPV siden 1990-tallet. Arbeidet følger infeksjonen fra smitte til mulig kreft: hvor vanlig den er, hvordan den utvikler seg uten behandling og hvordan den kan forebygges.',
          ),
          p(
            'En stor del handler om vaksinasjon. Gruppen følger nordiske kvinner som deltok i vaksinestudiene med Gardasil, for å se hvor lenge beskyttelsen varer, og bruker norske registre til å måle effekten av vaksinasjon i befolkningen.',
          ),
          p(
            'Nyere prosjekter bruker screeninghistorikk og maskinlæring til å tilpasse oppfølgingen til hver kvinnes risiko, og tester om selvtest hjemme når kvinner som ikke møter til screening.',
          ),
          p('Forskningen ledes av Mari Nygård. Det internasjonale kreftforskningsbyrået (IARC) kaller gruppen «Human Papillomavirus-related Epidemiological Research Unit».'),
        ),
        richText(
          h2('About the research'),
          p(
            'The Cancer Registry has studied HPV since the 1990s. The work follows the infection from transmission to possible cancer: how common it is, how it develops without treatment and how it can be prevented.',
          ),
          p(
            'Much of it concerns vaccination. The group follows Nordic women who took part in the Gardasil vaccine trials to see how long protection lasts, and uses Norwegian registers to measure the effect of vaccination in the population.',
          ),
          p(
            "Newer projects use screening histories and machine learning to tailor follow-up to each woman's risk, and test whether self-sampling at home reaches women who do not attend screening.",
          ),
          p('The research is led by Mari Nygård. The International Agency for Research on Cancer (IARC) calls the group the "Human Papillomavirus-related Epidemiological Research Unit".'),
        ),
      ),
      department: ref('departments', 'department-research'),
      formerNames: [
        formerName('Gruppe for epidemiologisk HPV-forskning (2012)', 'Group for epidemiological HPV research (2012)'),
      ],
      researchAreas: [
        area('Forekomst og naturlig forløp av HPV-infeksjon', 'Occurrence and natural course of HPV infection'),
        area('Effekt og sikkerhet av HPV-vaksine i Norge og Norden', 'Effect and safety of HPV vaccines in Norway and the Nordic countries'),
        area('Persontilpasset livmorhalsscreening', 'Personalised cervical cancer screening'),
        area('Selvtest for HPV', 'HPV self-sampling'),
      ],
      head: ref('people', 'person-mari-nygard'),
      contacts: [ref('people', 'person-mari-nygard')],
      order: 2,
      lastUpdated: CONTENT_WRITTEN,
      sources: [sources.hpvResearch, sources.hpvThemeNb, sources.iarcNygard],
    },
  },
  {
    seedKey: 'section-integrative-genomics',
    data: {
      title: t('Integrativ kreftgenomikk', 'Integrative cancer genomics'),
      slug: t('integrativ-kreftgenomikk', 'integrative-cancer-genomics'),
      lead: t(
        'Kombinerer laboratorieanalyser av lagrede blodprøver med bioinformatikk for å forstå hvordan kreft utvikler seg og finne markører som kan varsle sykdommen tidlig.',
        'Combines laboratory analyses of stored blood samples with bioinformatics to learn how cancer arises and to find markers that can signal the disease early.',
      ),
      body: t(
        richText(
          h2('Tilnærming'),
          p(
            'Seksjonen måler molekyler, for eksempel RNA, i biobankprøver som ble gitt mange år før en kreftdiagnose, og sammenligner ved hjelp av bioinformatikk personer som senere fikk kreft, med personer som ikke gjorde det. Forskjellene kan si noe om tidlige biologiske endringer og peke ut mulige biomarkører.',
          ),
          p('Prosjektet JanusRNA, som sekvenserte RNA i serum fra Janus serumbank, er et eksempel på dette arbeidet.'),
          h3('Merknad'),
          p('Det norske navnet på seksjonen og hvem som leder den, er ikke funnet i kildene. Den norske tittelen her er en oversettelse.'),
        ),
        richText(
          h2('Approach'),
          p(
            'The section measures molecules such as RNA in biobank samples given many years before a cancer diagnosis, and uses bioinformatics to compare people who later developed cancer with people who did not. The differences can reveal early biological changes and point to possible biomarkers.',
          ),
          p('The JanusRNA project, which sequenced RNA in serum from the Janus Serum Bank, is an example of this work.'),
          h3('Note'),
          p("The section's Norwegian name and who heads it were not found in the sources."),
        ),
      ),
      department: ref('departments', 'department-research'),
      researchAreas: [
        area('Molekylære analyser av biobankmateriale', 'Molecular analyses of biobank material'),
        area('Bioinformatikk', 'Bioinformatics'),
        area('Biomarkører for tidlig oppdagelse av kreft', 'Biomarkers for early detection of cancer'),
      ],
      order: 3,
      lastUpdated: CONTENT_WRITTEN,
      sources: [sources.departmentsAndResearchers, sources.janusRna],
    },
  },
  {
    seedKey: 'section-janus',
    data: {
      title: t('Janus serumbank', 'Janus Serum Bank'),
      slug: t('janus-serumbank', 'janus-serum-bank'),
      lead: t(
        'En biobank med prøver fra den vanlige befolkningen, satt av til kreftforskning: blodprøver fra 318 628 personer, samlet inn mellom 1972 og 2004.',
        'A biobank drawn from the general population and set aside for cancer research: blood samples from 318,628 people, collected between 1972 and 2004.',
      ),
      body: t(
        richText(
          h2('Om banken'),
          p(
            'Janus serumbank oppbevarer serum fra 318 628 nordmenn som ga blodprøver mellom 1972 og 2004. De fleste prøvene ble tatt i forbindelse med nasjonale helseundersøkelser; omtrent én av ti kommer fra blodgivere i Røde Kors i og rundt Oslo. Giverne kobles hvert år mot Kreftregisteret, og derfor kan forskere studere prøver som ble gitt lenge før en kreftdiagnose.',
          ),
          p('Registerets side om forskningsavdelingene fra 2020 beskrev banken som unik i størrelse og antall prøver. Janus serumbank kalles også Janusbanken.'),
          p(
            'Prøvene lagres ved −25 °C. Noen har nå vært lagret i over 40 år. I 2019 ble samlingen flyttet til et halvautomatisk lager der hver prøve har strekkode.',
          ),
          h2('Historikk'),
          p(
            'Ideen kom fra patologen Olav Torgersen. Banken ble formelt opprettet i 1973 og finansiert av Kreftforeningen fram til 2004, da den ble overført til Kreftregisteret. Den fikk eget laboratorium hos registeret i 2008 og markerte 50-årsjubileum i 2022.',
          ),
          h2('For forskere'),
          ul(
            'Søk elektronisk i registerets metadatabase (ELVIS).',
            'Send en komplett søknadspakke: protokoll, CV-er på høyst fire sider, finansiering, personvernkonsekvensvurdering (DPIA) og godkjenning fra REK når prosjektlederen er i Norge.',
            'En styringsgruppe på fem med kompetanse i epidemiologi, molekylærbiologi, virologi, biokjemi og statistikk behandler søknadene to ganger i året.',
            'Godkjente prosjekter får kodede, blindede prøver og avidentifiserte data fra enheten for datautlevering («Data Delivery Unit»; oversatt navn).',
          ),
          p(
            'Prosjektlederen må ha kompetanse på ph.d.-nivå. De fleste prosjektene bruker et nestet kasus–kontroll-design der kontrollene matches på kjønn, alder, fylke, lagringstid og kohort.',
          ),
          h2('Givere, samtykke og personvern'),
          p(
            'Giverne ga et bredt samtykke etter reglene som gjaldt da prøvene ble samlet inn. De kan når som helst trekke seg og be om at prøvene destrueres, at opplysningene slettes eller at de får utlevert opplysningene; dette skjer innen 30 dager. Materiale som allerede er anonymisert eller analysert, kan ikke trekkes tilbake.',
          ),
          p(
            'Banken er en generell forskningsbiobank godkjent av REK (ref. 2017/366). Folkehelseinstituttet er behandlingsansvarlig, mens Kreftregisteret tar seg av banken i det daglige.',
          ),
          h2('Kontakt'),
          p(
            'Hilde Langseth er ansvarlig for banken. Sekretariatet nås på janus@kreftregisteret.no (etter flyttingen janus@fhi.no) eller telefon +47 22 45 13 00, postadresse Postboks 5313 Majorstuen, 0304 Oslo.',
          ),
          p(
            'Kohortprofil: Langseth H. mfl., «Cohort Profile: The Janus Serum Bank Cohort in Norway», International Journal of Epidemiology 2016 (årgang 46(2)).',
          ),
        ),
        richText(
          h2('About the bank'),
          p(
            'The Janus Serum Bank stores serum from 318,628 Norwegians who gave blood samples between 1972 and 2004. Most samples were taken during national health surveys; roughly one in ten comes from Red Cross blood donors in and around Oslo. The donors are linked with the Cancer Registry every year, so researchers can study samples given long before a cancer was diagnosed.',
          ),
          p("The registry's 2020 page on its research departments described the bank as unique in its size and number of samples. The Janus Serum Bank is also called Janusbanken."),
          p(
            'The samples are kept at −25 °C. Some have now been stored for more than 40 years. In 2019 the collection moved to a semi-automated store in which every sample carries a barcode.',
          ),
          h2('History'),
          p(
            'The idea came from the pathologist Olav Torgersen. The bank was formally established in 1973 and funded by the Norwegian Cancer Society until 2004, when it was transferred to the Cancer Registry. It got its own laboratory at the registry in 2008 and marked its 50th anniversary in 2022.',
          ),
          h2('For researchers'),
          ul(
            "Apply online in the registry's metadata database (ELVIS).",
            'Submit a complete package: protocol, CVs of at most four pages, funding, a data protection impact assessment (DPIA) and, when the project leader is in Norway, approval from REK.',
            'A five-member steering committee covering epidemiology, molecular biology, virology, biochemistry and statistics reviews applications twice a year.',
            'Approved projects receive coded, blinded samples and de-identified data from the Data Delivery Unit.',
          ),
          p(
            'Project leaders need to be qualified at PhD level. Most projects use a nested case–control design, with controls matched on sex, age, county, storage time and cohort.',
          ),
          h2('Donors, consent and privacy'),
          p(
            'Donors gave broad consent under the rules in force when the samples were collected. They can leave at any time and ask for their samples to be destroyed, their data deleted or their data handed over to them; this is done within 30 days. Material that has already been anonymised or analysed cannot be withdrawn.',
          ),
          p(
            'The bank is a general research biobank approved by the Regional Committee for Medical and Health Research Ethics (REK, ref. 2017/366). The Norwegian Institute of Public Health is the data controller, while the Cancer Registry looks after the bank from day to day.',
          ),
          h2('Contact'),
          p(
            'Hilde Langseth is responsible for the bank. The secretariat can be reached at janus@kreftregisteret.no (after the move, janus@fhi.no) or by phone on +47 22 45 13 00; postal address PO Box 5313 Majorstuen, 0304 Oslo.',
          ),
          p(
            "Cohort profile: Langseth H. et al., 'Cohort Profile: The Janus Serum Bank Cohort in Norway', International Journal of Epidemiology 2016 (vol. 46(2)).",
          ),
        ),
      ),
      department: ref('departments', 'department-research'),
      formerNames: [
        formerName('Gruppe for biobank-basert forskning – Janus serumbank (2012)', 'Group for biobank-based research – Janus Serum Bank (2012)'),
      ],
      researchAreas: [
        area('Biomarkører i prøver tatt før diagnosen', 'Biomarkers in samples taken before diagnosis'),
        area('Nestede kasus–kontroll-studier', 'Nested case–control studies'),
        area('Miljøgifter målt i lagret serum', 'Environmental pollutants measured in stored serum'),
      ],
      // The sources call Hilde Langseth the bank's responsible person, not its head (FS L41, L105).
      contacts: [ref('people', 'person-hilde-langseth')],
      order: 4,
      lastUpdated: CONTENT_WRITTEN,
      sources: [
        sources.janus,
        sources.janusMaterial,
        sources.janusAbout,
        sources.janusFifty,
        sources.janusSampleQuality,
        sources.janusProjectHandling,
        sources.janusPrivacy,
        sources.fhiJanusAccess,
      ],
    },
  },
  {
    seedKey: 'section-analysis-research',
    data: {
      title: t('Seksjon for analyse og forskning', 'Section for Analysis and Research'),
      slug: t('seksjon-for-analyse-og-forskning', 'section-for-analysis-and-research'),
      lead: t(
        'Gjør registerdata om til nasjonal kreftstatistikk og forsker på sosiale forskjeller, pasientforløp, overlevelse og livskvalitet etter kreft.',
        'Turns registry data into national cancer statistics and researches social differences, patient pathways, survival and quality of life after cancer.',
      ),
      body: t(
        richText(
          h2('Statistikk'),
          p(
            'Sammen med dataflytseksjonen («Data Flow section»; det norske navnet er ikke funnet, dette er en oversettelse) lager seksjonen tallene i Cancer in Norway og statistikken for de kliniske kvalitetsregistrene.',
          ),
          h2('Forskning'),
          ul(
            'Sosial ulikhet i kreft',
            'Pakkeforløp for kreft',
            'Innvandrere og kreft',
            'Metoder for å måle overlevelse',
            'Pasientrapporterte data og livskvalitet',
          ),
          h2('Prosjekter og samarbeid'),
          p(
            'Nasjonale prosjekter omfatter NCDNOR, en studie av tarmkreft hos yngre pasienter og en studie av hjerte- og karsykdom etter behandling for prostatakreft. Internasjonalt deltar seksjonen i EUROCARE, European Registration of Cancer Care, International Cancer Benchmarking Partnership (ICBP), Cancer Survival Group og flere nordiske samarbeid.',
          ),
          h3('Merknad'),
          p('Seksjonens norske navn er ikke funnet i kildene; den norske tittelen her er en oversettelse.'),
        ),
        richText(
          h2('Statistics'),
          p('Together with the Data Flow section, the section produces the figures in Cancer in Norway and the statistics for the clinical quality registries.'),
          h2('Research'),
          ul(
            'Social inequalities in cancer',
            'Cancer patient pathways',
            'Immigrants and cancer',
            'Methods for measuring survival',
            'Patient-reported outcomes and quality of life',
          ),
          h2('Projects and collaboration'),
          p(
            'National projects include NCDNOR, a study of colorectal cancer in younger patients and a study of cardiovascular disease after prostate cancer treatment. Internationally the section takes part in EUROCARE, the European Registration of Cancer Care, the International Cancer Benchmarking Partnership (ICBP), the Cancer Survival Group and several Nordic collaborations.',
          ),
        ),
      ),
      department: ref('departments', 'department-registry'),
      researchAreas: [
        area('Sosial ulikhet i kreft', 'Social inequalities in cancer'),
        area('Pakkeforløp for kreft', 'Cancer patient pathways'),
        area('Innvandrere og kreft', 'Immigrants and cancer'),
        area('Overlevelsesmetoder', 'Survival methods'),
        area('Livskvalitet (PROM)', 'Quality of life (PROMs)'),
      ],
      order: 1,
      lastUpdated: CONTENT_WRITTEN,
      sources: [sources.analysisAndResearch],
    },
  },
]
