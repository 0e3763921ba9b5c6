import { h2, p } from './lexical'
import { projectDocument } from './projectDocument'
import { sources } from './sources'
import type { SeedDocument } from './types'

/**
 * Research projects from the fact sheet (its project table and the screening
 * programmes' research). Statuses are those the source pages showed; every project
 * says so in its "Status" paragraph, because "ongoing" may be out of date.
 */
export const projects: readonly SeedDocument<'projects'>[] = [
  projectDocument({
    key: 'hpv-seq',
    title: ['HPV-sekvensering for biomarkører (HPV-SEQ)', 'HPV sequencing for biomarkers (HPV-SEQ)'],
    slug: ['hpv-sekvensering-for-biomarkorer', 'hpv-sequencing-for-biomarkers'],
    acronym: 'HPV-SEQ',
    lead: [
      'Bruker neste generasjons sekvensering for å finne biomarkører for HPV, følge hvordan viruset endrer seg og utvikle bedre metoder for å påvise det.',
      'Uses next-generation sequencing to find HPV biomarkers, follow how the virus changes and develop better ways of detecting it.',
    ],
    body: {
      nb: [
        h2('Bakgrunn og formål'),
        p(
          'En gruppe med forskere fra flere institusjoner sekvenserer arvestoffet til humant papillomavirus med neste generasjons sekvensering (NGS). Målet er å finne biomarkører som viser hvilke infeksjoner som kan utvikle seg videre, å studere hvordan viruset utvikler seg over tid, og å lage nye metoder for påvisning.',
        ),
      ],
      en: [
        h2('Background and aim'),
        p(
          'A group of researchers from several institutions sequences the genome of human papillomavirus using next-generation sequencing (NGS). The aim is to find biomarkers that show which infections may progress, to study how the virus evolves over time, and to create new detection methods.',
        ),
      ],
    },
    status: 'ongoing',
    statusNote: [
      'Oppført blant registerets prosjekter uten sluttdato. Oppstartsår, finansiering og hvilke institusjoner som deltar, er ikke oppgitt i kildene.',
      "Listed among the registry's projects with no end date. Start year, funding and the participating institutions are not given in the sources.",
    ],
    sections: ['section-hpv', 'section-integrative-genomics'],
    sources: [sources.projects],
  }),
  projectDocument({
    key: 'fight-hpv',
    title: ['Fight HPV – mobilspill om HPV og livmorhalskreft', 'Fight HPV – a mobile game about HPV and cervical cancer'],
    slug: ['fight-hpv-mobilspill', 'fight-hpv-mobile-game'],
    acronym: 'Fight HPV',
    lead: [
      'Et mobilspill i seks episoder, lansert i 2017, som skal gjøre flere kjent med HPV og livmorhalskreft.',
      'A mobile game in six episodes, launched in 2017, meant to make more people aware of HPV and cervical cancer.',
    ],
    body: {
      nb: [
        h2('Om prosjektet'),
        p(
          'Spillet skal lære spillerne gjennom lek hvordan HPV-infeksjon, screening og livmorhalskreft henger sammen. Det har seks episoder og ble lansert i 2017. Mari Nygård ved Kreftregisteret er omtalt i forbindelse med lanseringen.',
        ),
      ],
      en: [
        h2('About the project'),
        p(
          'The game uses play to teach how HPV infection, screening and cervical cancer are connected. It has six episodes and was launched in 2017. Mari Nygård of the Cancer Registry is named in the coverage of the launch.',
        ),
      ],
    },
    status: 'completed',
    statusNote: [
      'Spillet ble lansert i 2017. Kildene sier ingenting om senere oppdateringer, så vi regner prosjektet som avsluttet.',
      'The game was launched in 2017. The sources say nothing about later updates, so we treat the project as completed.',
    ],
    startYear: 2017,
    sections: ['section-hpv'],
    participants: ['person-mari-nygard'],
    sources: [sources.fightHpvNews],
  }),
  projectDocument({
    key: 'sveip',
    title: ['SVEIP – effekt av skolebasert HPV-vaksinasjon', 'SVEIP – effect of school-based HPV vaccination'],
    slug: ['sveip', 'sveip'],
    acronym: 'SVEIP',
    lead: [
      'Undersøkte hvor godt HPV-vaksinasjon i skolen virker, ved hjelp av HPV-tester som unge kvinner født i 1997 tok hjemme.',
      'Studied how well HPV vaccination at school works, using HPV tests that young women born in 1997 took at home.',
    ],
    body: {
      nb: [
        h2('Om studien'),
        p(
          'Kvinner født i 1997 ble invitert til å ta en HPV-test hjemme. Over 300 ble rekruttert via Facebook i 2017. Testresultatene ble koblet med opplysninger om vaksinasjon fra det nasjonale vaksinasjonsregisteret SYSVAK.',
        ),
      ],
      en: [
        h2('About the study'),
        p(
          'Women born in 1997 were invited to take an HPV test at home. More than 300 were recruited through Facebook in 2017. The test results were linked with vaccination data from the national immunisation register SYSVAK.',
        ),
      ],
    },
    status: 'completed',
    statusNote: ['Oppført blant registerets avsluttede prosjekter.', "Listed among the registry's completed projects."],
    statusSource: 'sveip',
    startYear: 2017,
    sections: ['section-hpv'],
    sources: [sources.sveip],
  }),
  projectDocument({
    key: 'ltfu-v501',
    title: ['Langtidsoppfølging av Gardasil-studien (LTFU V501)', 'Long-term follow-up of the Gardasil trial (LTFU V501)'],
    slug: ['ltfu-v501-gardasil', 'ltfu-v501-gardasil'],
    acronym: 'LTFU V501',
    lead: [
      'Følger nordiske kvinner fra vaksinestudien FUTURE II med Gardasil for å se hvor lenge beskyttelsen varer.',
      'Follows Nordic women from the FUTURE II trial of the Gardasil vaccine to see how long the protection lasts.',
    ],
    body: {
      nb: [
        h2('Om studien'),
        p(
          'Vaksinestudien FUTURE II startet i 2002. Om lag 5 500 kvinner i Norden er fulgt opp siden, 1 698 av dem i Norge. Oppfølgingen var planlagt til 2018 og er forlenget slik at den dekker 20–22 år. Så langt har beskyttelsen vært nær 100 prosent i opptil 14 år.',
        ),
        h2('Samarbeid og finansiering'),
        p(
          'Kreftregisteret er nordisk koordinerende enhet. Partnere er Karolinska Institutet, Kræftens Bekæmpelse i Danmark og det islandske kreftregisteret. Det amerikanske legemiddelverket FDA påla vaksineprodusenten MSD å gjennomføre langtidsoppfølgingen; detaljer om finansieringen er ikke kjent.',
        ),
      ],
      en: [
        h2('About the study'),
        p(
          'The FUTURE II vaccine trial began in 2002. About 5,500 women in the Nordic countries have been followed since, 1,698 of them in Norway. Follow-up was planned until 2018 and has been extended to cover 20–22 years. So far protection has been close to 100% for up to 14 years.',
        ),
        h2('Collaboration and funding'),
        p(
          'The Cancer Registry is the Nordic coordinating unit. Partners are Karolinska Institutet, the Danish Cancer Society and the Icelandic Cancer Registry. The US Food and Drug Administration (FDA) required the vaccine maker MSD to carry out the long-term follow-up; details of the funding are not known.',
        ),
      ],
    },
    status: 'ongoing',
    statusNote: [
      'Ingen kilde bekrefter dagens status. Studien startet i 2002, og oppfølgingen ble forlenget til 20–22 år; om den fortsatt pågår, er ikke kjent.',
      'No source confirms the current status. The trial started in 2002 and follow-up was extended to 20–22 years; whether it is still under way is not known.',
    ],
    startYear: 2002,
    sections: ['section-hpv'],
    partners: [
      { name: 'Karolinska Institutet', country: 'Sweden', role: ['Partner', 'Partner'] },
      { name: 'Danish Cancer Society', country: 'Denmark', role: ['Partner', 'Partner'] },
      { name: 'Icelandic Cancer Registry', country: 'Iceland', role: ['Partner', 'Partner'] },
    ],
    sources: [sources.ltfu, sources.ltfuV501],
  }),
  projectDocument({
    key: 'ltfu-v503',
    title: ['Langtidsoppfølging av Gardasil 9-studien (LTFU V503)', 'Long-term follow-up of the Gardasil 9 trial (LTFU V503)'],
    slug: ['ltfu-v503-gardasil-9', 'ltfu-v503-gardasil-9'],
    acronym: 'LTFU V503',
    lead: [
      'Følger kvinner fra studien av Gardasil 9 i Sverige, Danmark og Norge for å se om beskyttelsen avtar.',
      'Follows women from the Gardasil 9 trial in Sweden, Denmark and Norway to see whether the protection wanes.',
    ],
    body: {
      nb: [
        h2('Om studien'),
        p(
          'Studien av Gardasil 9 startet i 2007, og den nordiske delen omfattet om lag 4 500 kvinner. 2 029 av dem er med i langtidsoppfølgingen i Sverige, Danmark og Norge. Ved delanalysen etter åtte år var det ingen tegn til at beskyttelsen avtok.',
        ),
      ],
      en: [
        h2('About the study'),
        p(
          'The Gardasil 9 trial began in 2007, with about 4,500 women in its Nordic part. 2,029 of them take part in the long-term follow-up in Sweden, Denmark and Norway. At the eight-year interim analysis there was no sign of the protection waning.',
        ),
      ],
    },
    status: 'ongoing',
    statusNote: ['Ingen kilde bekrefter dagens status.', 'No source confirms the current status.'],
    startYear: 2007,
    sections: ['section-hpv'],
    registrations: [
      { type: 'nct', identifier: 'NCT00543543' },
      { type: 'nct', identifier: 'NCT02653118' },
    ],
    sources: [sources.ltfuBackground, sources.ltfuV503Paper],
  }),
  projectDocument({
    key: 'equalscreen',
    title: ['EQUALSCREEN – selvtest for kvinner som ikke tar celleprøve', 'EQUALSCREEN – self-sampling for women who do not attend screening'],
    slug: ['equalscreen', 'equalscreen'],
    acronym: 'EQUALSCREEN',
    lead: [
      'En randomisert studie av om selvtest for HPV får kvinner som ikke har tatt celleprøve på mange år, med i screeningen.',
      'A randomised trial of whether HPV self-sampling brings women who have not been screened for many years into screening.',
    ],
    body: {
      nb: [
        h2('Om studien'),
        p(
          'Studien startet i mars 2019 og omfattet 6 000 kvinner i alderen 35–69 år som ikke hadde tatt celleprøve på minst ti år. De ble trukket ut til én av tre framgangsmåter: et vanlig påminnelsesbrev, et tilbud om å bestille et selvtestsett, eller et selvtestsett sendt til alle.',
        ),
        h2('Resultater'),
        p(
          'Deltakelsen var 4,8 prosent med påminnelse, 17,0 prosent når kvinnene kunne bestille testen, og 27,7 prosent når testen ble sendt til alle. Høyrisiko-HPV ble funnet i 11,5 prosent av selvtestene.',
        ),
        h2('Finansiering'),
        p('Studien har støtte fra Kreftforeningen. Hvor stor støtten er, går ikke klart fram av kildene.'),
      ],
      en: [
        h2('About the study'),
        p(
          'The trial started in March 2019 and included 6,000 women aged 35–69 who had not had a cervical sample for at least ten years. They were randomly assigned to one of three approaches: an ordinary reminder letter, an offer to order a self-sampling kit, or a kit sent to everyone.',
        ),
        h2('Results'),
        p(
          'Participation was 4.8% with a reminder, 17.0% when women could order a kit and 27.7% when the kit was sent to all. High-risk HPV was found in 11.5% of the self-collected samples.',
        ),
        h2('Funding'),
        p('The trial is supported by the Norwegian Cancer Society. How large the support is does not come clearly out of the sources.'),
      ],
    },
    status: 'completed',
    statusNote: [
      'Kilden sier at rekrutteringen er avsluttet, ikke at prosjektet er avsluttet. Resultatene er publisert; om det pågår videre analyser, er ikke oppgitt.',
      'The source says recruitment is complete, not that the project has ended. Results have been published; whether further analyses are under way is not stated.',
    ],
    startYear: 2019,
    sections: ['section-hpv'],
    screeningProgramme: 'screening-cervical',
    funding: [{ funder: 'Norwegian Cancer Society', note: ['Omfanget av støtten er usikkert.', 'The scope of the support is uncertain.'] }],
    registrations: [{ type: 'nct', identifier: 'NCT03873376' }],
    sources: [sources.equalscreen, sources.equalscreenResults, sources.selfSamplingNews],
  }),
  projectDocument({
    key: 'personalised-cervical-screening',
    title: ['Persontilpasset livmorhalsscreening', 'Personalised cervical cancer screening'],
    slug: ['persontilpasset-livmorhalsscreening', 'personalised-cervical-cancer-screening'],
    lead: [
      'Lager risikomodeller fra kvinners egen screeninghistorikk, slik at oppfølgingen kan tilpasses hver enkelt.',
      "Builds risk models from women's own screening histories so that follow-up can be tailored to each woman.",
    ],
    body: {
      nb: [
        h2('Bakgrunn og formål'),
        p(
          'Prosjektet bruker screeninghistorikken som er lagret i registeret, til å anslå hver kvinnes risiko for livmorhalskreft. Målet er et skreddersydd oppfølgingsprogram der oppfølgingen står i forhold til risikoen.',
        ),
        h2('Samarbeid'),
        p('Lawrence Livermore National Laboratory i USA og Oslo Cancer Cluster.'),
        h2('Prosjektdeltakere ved Kreftregisteret'),
        p('Mari Nygård, Giske Ursin, J.F. Nygård, S. Campbell og D. Staldgaard.'),
      ],
      en: [
        h2('Background and aim'),
        p(
          "The project uses the screening histories stored in the registry to estimate each woman's risk of cervical cancer. The goal is a tailored follow-up programme in which follow-up matches the risk.",
        ),
        h2('Collaboration'),
        p('Lawrence Livermore National Laboratory in the USA and Oslo Cancer Cluster.'),
        h2('Project participants at the Cancer Registry'),
        p('Mari Nygård, Giske Ursin, J.F. Nygård, S. Campbell and D. Staldgaard.'),
      ],
    },
    status: 'ongoing',
    statusNote: [
      'Prosjektsiden ble publisert 28.08.2017 og sist oppdatert 25.06.2019; dagens status er ikke kjent.',
      'The project page was published on 28 August 2017 and last updated on 25 June 2019; the current status is not known.',
    ],
    sections: ['section-hpv'],
    screeningProgramme: 'screening-cervical',
    participants: ['person-mari-nygard', 'person-giske-ursin', 'person-j-f-nygard', 'person-s-campbell', 'person-d-staldgaard'],
    partners: [
      { name: 'Lawrence Livermore National Laboratory', country: 'United States', role: ['Samarbeidspartner', 'Collaborator'] },
      { name: 'Oslo Cancer Cluster', country: 'Norway', role: ['Samarbeidspartner', 'Collaborator'] },
    ],
    sources: [sources.personalisedScreening],
  }),
  projectDocument({
    key: 'towards-elimination',
    title: [
      'Mot eliminering av livmorhalskreft: intelligente og persontilpassede løsninger',
      'Towards elimination of cervical cancer: intelligent and personalised solutions',
    ],
    slug: ['mot-eliminering-av-livmorhalskreft', 'towards-elimination-of-cervical-cancer'],
    lead: [
      'Et samarbeid mellom Norge og de baltiske landene om risikobasert screening for livmorhalskreft i Estland, Latvia og Litauen.',
      'A collaboration between Norway and the Baltic states on risk-based cervical cancer screening in Estonia, Latvia and Lithuania.',
    ],
    body: {
      nb: [
        h2('Om prosjektet'),
        p(
          'Prosjektet tilpasser risikobasert screening til de baltiske landene sammen med Universitetet i Tartu, Rīga Stradiņš-universitetet og Det litauiske universitetet for helsevitenskap. Prosjektperioden er oppgitt til 2020–2023, med oppstart i 2019. Finansieringen er ikke oppgitt i kildene.',
        ),
      ],
      en: [
        h2('About the project'),
        p(
          'The project adapts risk-based screening to the Baltic states together with the University of Tartu, Rīga Stradiņš University and the Lithuanian University of Health Sciences. The project period is given as 2020–2023, with work starting in 2019. Funding is not stated in the sources.',
        ),
      ],
    },
    status: 'completed',
    statusNote: [
      'Den oppgitte prosjektperioden endte i 2023; kildene bekrefter ikke hvordan prosjektet ble avsluttet.',
      'The stated project period ended in 2023; the sources do not confirm how the project was concluded.',
    ],
    startYear: 2019,
    endYear: 2023,
    sections: ['section-hpv'],
    screeningProgramme: 'screening-cervical',
    partners: [
      { name: 'University of Tartu', country: 'Estonia', role: ['Partner', 'Partner'] },
      { name: 'Rīga Stradiņš University', country: 'Latvia', role: ['Partner', 'Partner'] },
      { name: 'Lithuanian University of Health Sciences', country: 'Lithuania', role: ['Partner', 'Partner'] },
    ],
    sources: [sources.screeningSavesLives],
  }),
  projectDocument({
    key: 'hpv-vaccination-effects',
    title: ['Effekter av HPV-vaksinasjon i Norge', 'Effects of HPV vaccination in Norway'],
    slug: ['effekter-av-hpv-vaksinasjon-i-norge', 'effects-of-hpv-vaccination-in-norway'],
    lead: [
      'En registerstudie av kvinner i perioden 2004–2023 som måler hva HPV-vaksinasjonen har oppnådd i Norge.',
      'A register study of women in the period 2004–2023 that measures what HPV vaccination has achieved in Norway.',
    ],
    body: {
      nb: [
        h2('Datagrunnlag'),
        p(
          'Studien kobler data fra Kreftregisteret, Reseptregisteret (NorPD), vaksinasjonsregisteret SYSVAK og Meldingssystem for smittsomme sykdommer (MSIS) for kvinner i perioden 2004–2023.',
        ),
        h2('Organisering'),
        p('Folkehelseinstituttet koordinerer studien, med Ståle Nygård som prosjektleder. Den varer fra 1. april 2021 til 31. desember 2029.'),
      ],
      en: [
        h2('Data'),
        p(
          'The study links data from the Cancer Registry, the Norwegian Prescription Database (NorPD), the immunisation register SYSVAK and the Norwegian Surveillance System for Communicable Diseases (MSIS) for women in the period 2004–2023.',
        ),
        h2('Organisation'),
        p('The Norwegian Institute of Public Health coordinates the study, with Ståle Nygård as project manager. It runs from 1 April 2021 to 31 December 2029.'),
      ],
    },
    status: 'ongoing',
    statusNote: ['Oppført som aktiv hos Folkehelseinstituttet.', 'Listed as active by the Norwegian Institute of Public Health.'],
    statusSource: 'fhiHpvVaccination',
    startYear: 2021,
    endYear: 2029,
    sections: ['section-hpv'],
    projectManager: 'person-stale-nygard',
    partners: [{ name: 'Norwegian Institute of Public Health', country: 'Norway', role: ['Koordinator', 'Coordinator'] }],
    sources: [sources.fhiHpvVaccination],
  }),
  projectDocument({
    key: 'womens-lifestyle',
    title: ['Kvinners livsstil, virus og kreft', "Women's lifestyle, viruses and cancer"],
    slug: ['kvinners-livsstil-virus-og-kreft', 'womens-lifestyle-viruses-and-cancer'],
    lead: [
      'En spørreundersøkelse blant 26 000 kvinner i alderen 18–45 år om livsstil og virusinfeksjoner, sammenlignet med en tilsvarende studie fra 2004–05.',
      'A survey of 26,000 women aged 18–45 about lifestyle and virus infections, compared with a similar study from 2004–05.',
    ],
    body: {
      nb: [
        h2('Om studien'),
        p(
          '26 000 kvinner mellom 18 og 45 år ble invitert til å svare på spørsmål om livsstil og infeksjoner. Svarene sammenlignes med en tilsvarende studie fra 2004–05, og det gjennomføres parallelle studier i Danmark og Sverige.',
        ),
      ],
      en: [
        h2('About the study'),
        p(
          '26,000 women between 18 and 45 were invited to answer questions about lifestyle and infections. The answers are compared with a similar study from 2004–05, and parallel studies are carried out in Denmark and Sweden.',
        ),
      ],
    },
    status: 'ongoing',
    statusNote: [
      'Status, år og finansiering er ikke oppgitt i kildene; prosjektet står oppført blant registerets prosjekter.',
      "Status, years and funding are not given in the sources; the project is listed among the registry's projects.",
    ],
    sections: ['section-hpv'],
    sources: [sources.womensLifestyle],
  }),
  projectDocument({
    key: 'janusrna',
    title: ['JanusRNA – biomarkører for tidlig oppdagelse av kreft', 'JanusRNA – biomarkers for early detection of cancer'],
    slug: ['janusrna', 'janusrna'],
    acronym: 'JanusRNA',
    lead: [
      'Sekvenserte RNA i serum gitt før diagnosen for å lete etter signaler som kan avsløre kreft tidlig.',
      'Sequenced RNA in serum given before diagnosis to look for signals that could reveal cancer early.',
    ],
    body: {
      nb: [
        h2('Bakgrunn'),
        p(
          'Om lag 38 000 personer får en kreftdiagnose i Norge hvert år. Tester som finner kreft tidligere, kan derfor bety mye for mange.',
        ),
        h2('Datamateriale'),
        p(
          'RNA-sekvenseringen av serum fra Janus serumbank, tatt før diagnosen, omfatter 1 631 kasus fordelt på åtte kreftformer og 673 kontroller, og i tillegg 320 kasus med endometriekreft og 320 kontroller.',
        ),
        h2('Tilgang til data'),
        p(
          'Dataene ligger i European Genome-phenome Archive (EGAS00001002814) via ELIXIR Norge og NFEGA. En datatilgangskomité behandler forespørsler: miRJanus@kreftregisteret.no.',
        ),
      ],
      en: [
        h2('Background'),
        p('About 38,000 people are diagnosed with cancer in Norway every year, so tests that find cancer earlier could matter to many.'),
        h2('Data'),
        p(
          'The RNA sequencing of pre-diagnostic serum from the Janus Serum Bank covers 1,631 cases across eight cancer types and 673 controls, plus 320 endometrial cancer cases and 320 controls.',
        ),
        h2('Data access'),
        p(
          'The data are held in the European Genome-phenome Archive (EGAS00001002814) through ELIXIR Norway and NFEGA. A Data Access Committee handles requests: miRJanus@kreftregisteret.no.',
        ),
      ],
    },
    status: 'ongoing',
    statusNote: [
      'Omtalt som utvalgt prosjekt; datasettet er fra om lag 2021. Oppstartsår og finansiering er ikke oppgitt.',
      'Presented as a selected project; the dataset dates from about 2021. Start year and funding are not given.',
    ],
    sections: ['section-integrative-genomics', 'section-janus'],
    participants: ['person-trine-b-rounge'],
    partners: [
      { name: 'Norwegian Sequencing Centre (OUS/UiO)', country: 'Norway', role: ['Sekvensering', 'Sequencing'] },
      { name: 'ELIXIR Norway / NFEGA', country: 'Norway', role: ['Dataarkiv', 'Data archive'] },
    ],
    registrations: [{ type: 'other', identifier: 'EGAS00001002814' }],
    sources: [sources.janusRna, sources.janusRnaDataset, sources.janusRnaEga],
  }),
  projectDocument({
    key: 'janus-pfas',
    title: ['Janus som tidsmaskin: PFAS og urologisk kreft', "Janus as a 'time machine': PFAS and urological cancer"],
    slug: ['janus-som-tidsmaskin-pfas', 'janus-time-machine-pfas'],
    lead: [
      'Bruker tiår gamle serumprøver fra Janus serumbank til å undersøke om PFAS-stoffer henger sammen med urologisk kreft.',
      'Uses decades-old serum from the Janus Serum Bank to study whether PFAS chemicals are linked to urological cancers.',
    ],
    body: {
      nb: [
        h2('Om prosjektet'),
        p(
          'Prosjektet måler PFAS – per- og polyfluorerte alkylstoffer – i lagret serum for å se om eksponering mange år før diagnosen henger sammen med urologisk kreft. Prosjektleder er Marcin Wojewodzic.',
        ),
        h2('Finansiering'),
        p('Kreftforeningen tildelte prosjektet 6 659 000 kroner i 2023.'),
      ],
      en: [
        h2('About the project'),
        p(
          'The project measures PFAS – per- and polyfluoroalkyl substances – in stored serum to see whether exposure many years before diagnosis is linked to urological cancers. The principal investigator is Marcin Wojewodzic.',
        ),
        h2('Funding'),
        p('The Norwegian Cancer Society awarded the project NOK 6,659,000 in 2023.'),
      ],
    },
    status: 'ongoing',
    statusNote: ['Finansiert i 2023; oppstarts- og sluttår er ikke oppgitt.', 'Funded in 2023; start and end years are not given.'],
    sections: ['section-janus', 'section-epidemiology-prevention'],
    projectManager: 'person-marcin-wojewodzic',
    funding: [{ funder: 'Norwegian Cancer Society', amount: 6_659_000, currency: 'NOK', year: 2023 }],
    sources: [sources.recordFunding2023],
  }),
  projectDocument({
    key: 'nickel-cobalt',
    title: ['Nikkel, kobolt og kreft i luftveiene', 'Nickel, cobalt and respiratory cancer'],
    slug: ['nikkel-kobolt-og-kreft-i-luftveiene', 'nickel-cobalt-and-respiratory-cancer'],
    lead: [
      'Undersøker om eksponering for nikkel og kobolt øker risikoen for kreft i luftveiene.',
      'Investigates whether exposure to nickel and cobalt increases the risk of cancer in the airways.',
    ],
    body: {
      nb: [
        h2('Om prosjektet'),
        p(
          'Prosjektet ledes av Tom K. Grimsrud. Det fikk finansiering i 2023 som ett av tre prosjekter ved registeret som til sammen fikk over 20 millioner kroner. Beløpet til dette prosjektet alene er ikke oppgitt i kilden.',
        ),
      ],
      en: [
        h2('About the project'),
        p(
          'The project is led by Tom K. Grimsrud. It was funded in 2023 as one of three registry projects that together received more than NOK 20 million. The amount for this project alone is not given in the source.',
        ),
      ],
    },
    status: 'ongoing',
    statusNote: ['Finansiert i 2023; oppstarts- og sluttår er ikke oppgitt.', 'Funded in 2023; start and end years are not given.'],
    sections: ['section-epidemiology-prevention'],
    projectManager: 'person-tom-k-grimsrud',
    sources: [sources.recordFunding2023],
  }),
  projectDocument({
    key: 'offshore-cohorts',
    title: ['Kreft blant offshorearbeidere: kohortene NOPW og Heliport', 'Cancer among offshore workers: the NOPW and Heliport cohorts'],
    slug: ['offshorekohortene-nopw-og-heliport', 'offshore-cohorts-nopw-and-heliport'],
    acronym: 'NOPW',
    lead: [
      'To kohorter av personer som har arbeidet på norsk sokkel, brukes til å studere kreftrisiko ved offshorearbeid.',
      'Two cohorts of people who have worked on the Norwegian continental shelf are used to study cancer risk from offshore work.',
    ],
    body: {
      nb: [
        h2('NOPW'),
        p(
          'Kohorten av norske offshorearbeidere (NOPW) bygger på et spørreskjema fra 1998 om arbeid i perioden 1965–1998. Om lag 28 000 arbeidere deltok – 25 347 menn og 2 570 kvinner – og svarprosenten var 62.',
        ),
        h2('Heliport'),
        p('Heliport-kohorten omfatter om lag 83 000 arbeidere fra ni operatørselskaper og dekker årene 1980–2020.'),
        h2('Samarbeid'),
        p(
          'Oljeindustriens bransjeforening og forskere ved det amerikanske National Cancer Institute, som medforfattere. Prosjektledere er Tom K. Grimsrud og J.S. Stenehjem.',
        ),
      ],
      en: [
        h2('NOPW'),
        p(
          'The Norwegian Offshore Petroleum Workers cohort (NOPW) is based on a 1998 questionnaire about work in the period 1965–1998. About 28,000 workers took part – 25,347 men and 2,570 women – a response rate of 62%.',
        ),
        h2('Heliport'),
        p('The Heliport cohort includes about 83,000 workers from nine operator companies and covers the years 1980–2020.'),
        h2('Collaboration'),
        p(
          "The oil industry's trade association, and researchers at the US National Cancer Institute as co-authors. The principal investigators are Tom K. Grimsrud and J.S. Stenehjem.",
        ),
      ],
    },
    status: 'ongoing',
    statusNote: ['Ingen kilde bekrefter dagens status.', 'No source confirms the current status.'],
    startYear: 1998,
    sections: ['section-epidemiology-prevention'],
    projectManager: 'person-tom-k-grimsrud',
    participants: ['person-j-s-stenehjem'],
    partners: [
      { name: 'Oil industry association (name not given in the source)', country: 'Norway', role: ['Samarbeidspartner', 'Collaborator'] },
      { name: 'US National Cancer Institute', country: 'United States', role: ['Medforfattere', 'Co-authors'] },
    ],
    sources: [sources.offshoreCohorts, sources.occupationalCohorts],
  }),
  projectDocument({
    key: 'firefighters',
    title: ['Kreftrisiko blant brannkonstabler', 'Cancer risk among firefighters'],
    slug: ['kreftrisiko-blant-brannkonstabler', 'cancer-risk-among-firefighters'],
    lead: [
      'Følger om lag 4 500 ansatte i norske brannvesen for å se om arbeidet som brannkonstabel øker risikoen for kreft.',
      'Follows about 4,500 employees of Norwegian fire departments to see whether firefighting increases the risk of cancer.',
    ],
    body: {
      nb: [
        h2('Om studien'),
        p(
          'Brannvesenkohorten omfatter om lag 4 500 ansatte fra 15 brannvesen, fulgt for kreft fra 1960 til 2018. For alle kreftformer samlet var den standardiserte insidensratioen (SIR) 1,15, altså 15 prosent flere tilfeller enn forventet.',
        ),
        h2('Prosjektleder og samarbeid'),
        p(
          'Kristina Kjærheim leder prosjektet og var i 2022 med i en arbeidsgruppe i Det internasjonale kreftforskningsbyrået (IARC). Studien gjøres i samarbeid med Statens arbeidsmiljøinstitutt (STAMI).',
        ),
      ],
      en: [
        h2('About the study'),
        p(
          'The Norwegian Fire Departments Cohort includes about 4,500 employees from 15 fire departments, followed for cancer from 1960 to 2018. For all cancer sites combined the standardised incidence ratio (SIR) was 1.15, that is, 15% more cases than expected.',
        ),
        h2('Project manager and collaboration'),
        p(
          'Kristina Kjærheim leads the project and in 2022 was a member of a working group of the International Agency for Research on Cancer (IARC). The study is carried out with the National Institute of Occupational Health (STAMI).',
        ),
      ],
    },
    status: 'ongoing',
    statusNote: ['Oppført blant registerets prosjekter; statusen kan være utdatert.', "Listed among the registry's projects; the status may be out of date."],
    sections: ['section-epidemiology-prevention'],
    projectManager: 'person-kristina-kjaerheim',
    partners: [{ name: 'National Institute of Occupational Health (STAMI)', country: 'Norway', role: ['Samarbeidspartner', 'Collaborator'] }],
    sources: [sources.firefighters],
  }),
  projectDocument({
    key: 'population-surveys',
    title: ['Befolkningsundersøkelser om helse og livskvalitet', 'Population surveys on health and quality of life'],
    slug: ['befolkningsundersokelser-om-helse-og-livskvalitet', 'population-surveys-on-health-and-quality-of-life'],
    lead: [
      'Spør kreftpasienter og personer uten kreft om helse og livskvalitet, for å beskrive livet etter kreft.',
      'Asks cancer patients and people without cancer about their health and quality of life, to describe life after cancer.',
    ],
    body: {
      nb: [
        h2('Om undersøkelsene'),
        p(
          'Undersøkelsene startet i 2020. I runden for 2021 ble pasienter med prostatakreft, brystkreft, tarmkreft eller føflekkreft invitert (15 641 pasienter var aktuelle for undersøkelsen) sammen med en kontrollgruppe fra befolkningen. 47 prosent av pasientene og 32 prosent av kontrollene deltok. Spørreskjemaene kommer fra EORTC (European Organisation for Research and Treatment of Cancer).',
        ),
      ],
      en: [
        h2('About the surveys'),
        p(
          'The surveys started in 2020. In the 2021 round, patients with prostate, breast or colorectal cancer or melanoma were invited (15,641 patients were eligible) together with a control group from the population. 47% of the patients and 32% of the controls took part. The questionnaires come from the EORTC (European Organisation for Research and Treatment of Cancer).',
        ),
      ],
    },
    status: 'ongoing',
    statusNote: ['Startet i 2020; statusen kan være utdatert.', 'Started in 2020; the status may be out of date.'],
    startYear: 2020,
    sections: ['section-analysis-research'],
    sources: [sources.populationSurveys, sources.nje2022Proms],
  }),
  projectDocument({
    key: 'to-be',
    title: ['To-Be 1 og To-Be 2: tomosyntese i Bergen', 'To-Be 1 and To-Be 2: tomosynthesis in Bergen'],
    slug: ['to-be-tomosyntese-i-bergen', 'to-be-tomosynthesis-in-bergen'],
    acronym: 'To-Be',
    lead: [
      'To studier i Bergen undersøkte tomosyntese i Mammografiprogrammet.',
      'Two studies in Bergen investigated tomosynthesis in BreastScreen Norway.',
    ],
    body: {
      nb: [
        h2('Om studiene'),
        p(
          'Studiene pågikk fra 2015 til 2023 i Bergen. To-Be 1 var en randomisert studie som ble avsluttet i mai 2021 og fant ingen signifikant forskjell i hvor mange krefttilfeller som ble oppdaget. To-Be 2 ble avsluttet i juni 2023.',
        ),
      ],
      en: [
        h2('About the studies'),
        p(
          'The studies ran from 2015 to 2023 in Bergen. To-Be 1 was a randomised trial that ended in May 2021 and found no significant difference in how many cancers were detected. To-Be 2 ended in June 2023.',
        ),
      ],
    },
    status: 'completed',
    statusNote: ['Begge studiene er avsluttet.', 'Both studies have ended.'],
    statusSource: 'toBe',
    startYear: 2015,
    endYear: 2023,
    screeningProgramme: 'screening-breast',
    sources: [sources.toBe],
  }),
  projectDocument({
    key: 'aims',
    title: ['AIMS Norge – kunstig intelligens i mammografiscreening', 'AIMS Norway – artificial intelligence in mammography screening'],
    slug: ['aims-norge', 'aims-norway'],
    acronym: 'AIMS',
    lead: [
      'En randomisert studie av om kunstig intelligens sammen med én eller to radiologer kan erstatte uavhengig dobbeltlesing av screeningbilder.',
      'A randomised trial of whether artificial intelligence together with one or two radiologists can replace independent double reading of screening mammograms.',
    ],
    body: {
      nb: [
        h2('Om studien'),
        p(
          'Studien bruker Transpara, et CE-merket system for kunstig intelligens, sammen med én eller to radiologer, og sammenligner dette med dagens praksis der to radiologer leser hvert bilde uavhengig av hverandre.',
        ),
        h2('Samarbeid'),
        p('Universitetssykehuset Nord-Norge (UNN) og Nordlandssykehuset.'),
      ],
      en: [
        h2('About the study'),
        p(
          'The trial uses Transpara, a CE-marked artificial intelligence system, together with one or two radiologists, and compares this with current practice in which two radiologists read every image independently.',
        ),
        h2('Collaboration'),
        p('University Hospital of North Norway (UNN) and Nordland Hospital (Nordlandssykehuset).'),
      ],
    },
    status: 'ongoing',
    statusNote: ['Oppstartsår og finansiering er ikke oppgitt i kildene.', 'Start year and funding are not given in the sources.'],
    screeningProgramme: 'screening-breast',
    partners: [
      { name: 'University Hospital of North Norway (UNN)', country: 'Norway', role: ['Samarbeidspartner', 'Collaborator'] },
      { name: 'Nordlandssykehuset', country: 'Norway', role: ['Samarbeidspartner', 'Collaborator'] },
    ],
    sources: [sources.aims, sources.spkiAims],
  }),
  projectDocument({
    key: 'perms',
    title: ['PERMS – persontilpasset brystkreftscreening', 'PERMS – personalised breast cancer screening'],
    slug: ['perms', 'perms'],
    acronym: 'PERMS',
    lead: [
      'Undersøker hvordan brystkreftscreening kan tilpasses hver kvinnes risiko.',
      "Explores how breast cancer screening can be adapted to each woman's risk.",
    ],
    body: {
      nb: [
        h2('Finansiering'),
        p('Prosjektet fikk 6 973 000 kroner fra Rosa sløyfe, ifølge registerets omtale av forskningstildelingene i 2023.'),
      ],
      en: [
        h2('Funding'),
        p("The project received NOK 6,973,000 from Rosa sløyfe (the Pink Ribbon campaign), according to the registry's report on the 2023 research awards."),
      ],
    },
    status: 'ongoing',
    statusNote: ['Finansiert i 2023; oppstarts- og sluttår er ikke oppgitt.', 'Funded in 2023; start and end years are not given.'],
    screeningProgramme: 'screening-breast',
    funding: [{ funder: 'Rosa sløyfe', amount: 6_973_000, currency: 'NOK', year: 2023 }],
    sources: [sources.breastScreenResearch, sources.recordFunding2023],
  }),
  projectDocument({
    key: 'bcsn',
    title: ['Prøveprosjektet for tarmscreening (BCSN)', 'Bowel Cancer Screening in Norway – the pilot (BCSN)'],
    slug: ['proveprosjektet-for-tarmscreening', 'bowel-cancer-screening-in-norway-pilot'],
    acronym: 'BCSN',
    lead: [
      'Et randomisert prøveprosjekt der 140 000 personer ble fordelt mellom én sigmoidoskopi og en hjemmetest for blod i avføringen annethvert år.',
      'A randomised pilot in which 140,000 people were assigned either one sigmoidoscopy or a home stool test every second year.',
    ],
    body: {
      nb: [
        h2('Om prøveprosjektet'),
        p(
          'Fra april 2012 til 2023 ble 140 000 personer i alderen 50–74 år i Østfold, Akershus og Buskerud trukket ut til enten én sigmoidoskopi eller en immunokjemisk test for blod i avføringen (FIT) hvert andre år.',
        ),
        p(
          'Prøveprosjektet ble finansiert over statsbudsjettet sammen med Helse Sør-Øst og har gitt om lag 25 vitenskapelige artikler og fire doktorgrader. En delstudie undersøker biomarkører i tarmfloraen.',
        ),
      ],
      en: [
        h2('About the pilot'),
        p(
          'From April 2012 to 2023, 140,000 people aged 50–74 in Østfold, Akershus and Buskerud were randomly assigned to either one sigmoidoscopy or a faecal immunochemical test (FIT) every second year.',
        ),
        p(
          'The pilot was funded through the national budget together with the South-Eastern Norway Regional Health Authority (Helse Sør-Øst) and has produced about 25 scientific articles and four doctoral degrees. A sub-study looks at biomarkers in the gut microbiome.',
        ),
      ],
    },
    status: 'completed',
    statusNote: ['Prøveprosjektet pågikk fra 2012 til 2023.', 'The pilot ran from 2012 to 2023.'],
    statusSource: 'colorectalResearch',
    startYear: 2012,
    endYear: 2023,
    screeningProgramme: 'screening-colorectal',
    funding: [
      { funder: 'National budget (statsbudsjettet)', note: ['Beløp er ikke oppgitt.', 'No amount is given.'] },
      { funder: 'Helse Sør-Øst RHF', note: ['Beløp er ikke oppgitt.', 'No amount is given.'] },
    ],
    sources: [sources.colorectalResearch, sources.fhiColorectal],
  }),
  projectDocument({
    key: 'norccap',
    title: ['NORCCAP – en tidligere studie av tarmkreftscreening', 'NORCCAP – an earlier trial of colorectal cancer screening'],
    slug: ['norccap', 'norccap'],
    acronym: 'NORCCAP',
    lead: [
      'En tidligere randomisert studie av screening for tarmkreft i Norge, der 20 780 personer ble invitert.',
      'An earlier randomised trial of colorectal cancer screening in Norway, to which 20,780 people were invited.',
    ],
    body: {
      nb: [
        h2('Om studien'),
        p('NORCCAP inviterte 20 780 personer, og om lag 65–67 prosent møtte. Studien er oppført blant forskningen bak Tarmscreeningprogrammet.'),
      ],
      en: [
        h2('About the trial'),
        p('NORCCAP invited 20,780 people, and about 65–67% attended. The trial is listed among the research behind ColorectalScreen Norway.'),
      ],
    },
    status: 'completed',
    statusNote: [
      'En tidligere, avsluttet studie; de nøyaktige årene er ikke oppgitt i kildene våre.',
      'An earlier, completed trial; its exact years are not given in our sources.',
    ],
    statusSource: 'norccapPaper',
    screeningProgramme: 'screening-colorectal',
    sources: [sources.norccapPaper, sources.colorectalResearch],
  }),
  projectDocument({
    key: 'mim-aiforscreening',
    title: ['MIM og AIforScreening – kunstig intelligens i mammografi', 'MIM and AIforScreening – artificial intelligence in mammography'],
    slug: ['mim-og-aiforscreening', 'mim-and-aiforscreening'],
    lead: [
      'Utvikler og tester algoritmer for kunstig intelligens som kan tolke screeningbilder, sammen med Norsk Regnesentral.',
      'Develops and tests artificial intelligence algorithms for reading screening mammograms, together with the Norwegian Computing Center.',
    ],
    body: {
      nb: [h2('Om prosjektene'), p('MIM og AIforScreening er to prosjekter om algoritmer for kunstig intelligens i Mammografiprogrammet, gjennomført sammen med Norsk Regnesentral.')],
      en: [
        h2('About the projects'),
        p('MIM and AIforScreening are two projects on artificial intelligence algorithms in BreastScreen Norway, carried out with the Norwegian Computing Center.'),
      ],
    },
    status: 'ongoing',
    statusNote: ['År og finansiering er ikke oppgitt i kildene.', 'Years and funding are not given in the sources.'],
    screeningProgramme: 'screening-breast',
    partners: [{ name: 'Norwegian Computing Center (Norsk Regnesentral)', country: 'Norway', role: ['Samarbeidspartner', 'Collaborator'] }],
    sources: [sources.breastScreenResearch],
  }),
  projectDocument({
    key: 'invitations-language-of-origin',
    title: ['Invitasjoner på eget språk – en randomisert studie', 'Invitations in the language of origin – a randomised trial'],
    slug: ['invitasjoner-pa-eget-sprak', 'invitations-in-the-language-of-origin'],
    lead: [
      'Undersøkte om invitasjoner til Mammografiprogrammet på kvinnenes opprinnelige språk påvirker oppmøtet.',
      "Studied whether invitations to BreastScreen Norway in women's language of origin affect attendance.",
    ],
    body: {
      nb: [h2('Om studien'), p('En randomisert studie i Mammografiprogrammet om invitasjoner på kvinnenes opprinnelige språk. Resultatene ble publisert i BMJ i 2023.')],
      en: [
        h2('About the study'),
        p("A randomised trial in BreastScreen Norway on invitations in women's language of origin. The results were published in The BMJ in 2023."),
      ],
    },
    status: 'completed',
    statusNote: [
      'Resultatene er publisert (BMJ 2023); oppstartsår og finansiering er ikke oppgitt.',
      'The results have been published (BMJ 2023); start year and funding are not given.',
    ],
    screeningProgramme: 'screening-breast',
    sources: [sources.breastScreenResearch],
  }),
]
