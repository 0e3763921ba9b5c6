import { t } from './bilingual'
import { CONTENT_WRITTEN } from './dates'
import { h2, p, richText, ul } from './lexical'
import { ref } from './refs'
import { sources } from './sources'
import type { SeedDocument } from './types'

const theme = (nb: string, en: string) => ({ theme: t(nb, en) })

/**
 * The registry's departments as the original "Departments and researchers" page and
 * the fact sheet describe them (three professional departments, the screening
 * programmes and the administrative department).
 */
export const departments: readonly SeedDocument<'departments'>[] = [
  {
    seedKey: 'department-research',
    data: {
      title: t('Forskningsavdelingen', 'Research Department'),
      slug: t('forskningsavdelingen', 'research-department'),
      lead: t(
        'Her foregår mesteparten av Kreftregisterets forskning: studier som bruker befolkningsdata, biobankprøver og spørreundersøkelser for å finne årsaker til kreft, måter å forebygge sykdommen på og måter å oppdage den tidligere.',
        "Most of the registry's research happens here: studies that draw on population data, biobank samples and surveys to find causes of cancer, ways to prevent it and ways to detect it earlier.",
      ),
      body: t(
        richText(
          h2('Hva vi forsker på'),
          p(
            'Avdelingen arbeider med et bredt spekter av metoder – fra tradisjonell registerbasert epidemiologi til studier som også trekker inn molekylære målinger og kliniske opplysninger. Mye av arbeidet handler om forebygging: å fjerne årsaker til kreft (primærforebygging) og å finne sykdommen eller forstadier tidlig (sekundærforebygging).',
          ),
          h2('Seksjoner og grupper'),
          ul(
            'Seksjon for epidemiologi og forebygging – yrke, legemidler, livsstil og markører for tidlig oppdagelse',
            'HPV-relatert forskning – viruset, vaksinene og screening',
            'Integrativ kreftgenomikk – molekylære analyser av biobankmateriale',
            'Janus serumbank – registerets befolkningsbaserte biobank for kreftforskning',
          ),
          h2('Historikk'),
          p(
            'Registerets årsrapport for 2005 forteller at to tidligere forskningsavdelinger det året ble slått sammen til én avdeling for forskning på kreftens årsaker og utvikling; kildene sier ikke om det er dagens forskningsavdeling. Steinar Tretli ledet Forskningsavdelingen i 2011, og senere overtok Mari Nygård som leder.',
          ),
        ),
        richText(
          h2('What we study'),
          p(
            "The department's work covers a wide range of methods – from traditional register-based epidemiology to studies that add molecular measurements and clinical detail. Much of it is about prevention: removing causes of cancer (primary prevention) and finding the disease or its precursors early (secondary prevention).",
          ),
          h2('Sections and groups'),
          ul(
            'Section for Epidemiology and Prevention – occupation, medicines, lifestyle and markers for early detection',
            'HPV-related research – the virus, the vaccines and screening',
            'Integrative cancer genomics – molecular analyses of biobank material',
            "Janus Serum Bank – the registry's population-based biobank for cancer research",
          ),
          h2('History'),
          p(
            "The registry's annual report for 2005 says that two earlier research departments were merged that year into a single department for research on the causes and development of cancer; the sources do not say whether that is today's Research Department. Steinar Tretli headed the Research Department in 2011; Mari Nygård later took over as head.",
          ),
        ),
      ),
      kind: 'research',
      researchThemes: [
        theme('Kreftens årsaker (etiologi)', 'Causes of cancer (etiology)'),
        theme('Yrkes- og miljøeksponering', 'Occupational and environmental exposure'),
        theme('HPV, vaksinasjon og screening', 'HPV, vaccination and screening'),
        theme('Biomarkører fra biobankprøver', 'Biomarkers from biobank samples'),
        theme('Legemiddelbruk og kreft', 'Medication use and cancer'),
        theme('Livsstil: røyking, UV, fysisk aktivitet og overvekt', 'Lifestyle: smoking, UV, physical activity and obesity'),
      ],
      head: ref('people', 'person-mari-nygard'),
      contacts: [ref('people', 'person-mari-nygard')],
      order: 1,
      lastUpdated: CONTENT_WRITTEN,
      sources: [sources.departmentsAndResearchers, sources.mariNygardProfile, sources.annualReport2005],
    },
  },
  {
    seedKey: 'department-registry',
    data: {
      title: t('Registeravdelingen', 'Registry Department'),
      slug: t('registeravdelingen', 'registry-department'),
      lead: t(
        'Tar imot, koder og kvalitetssikrer kreftmeldingene som registeret bygger på, driver de kliniske kvalitetsregistrene og bruker dataene til å studere hvordan kreft oppstår og hvordan det går med pasientene.',
        'Receives, codes and checks the cancer notifications the registry is built on, runs the clinical quality registries, and uses the data to study how cancer occurs and how patients fare.',
      ),
      body: t(
        richText(
          h2('Oppgaver'),
          p(
            'Kreftregisteret mottar meldinger om krefttilfeller. Avdelingen koder meldingene, registrerer hvert krefttilfelle og sørger for at hoveddatabasen holder høy kvalitet. Den driver også de kliniske kvalitetsregistrene – etter flyttingen til Folkehelseinstituttet er det tolv slike registre, og ni av dem er nasjonale.',
          ),
          h2('Forskning'),
          p(
            'Forskerne i avdelingen ser på hvor mange som får og dør av kreft, hvor mange som overlever, hvordan kreft rammer ulike sosiale grupper, og hvordan livskvaliteten er etter behandling. Seksjon for analyse og forskning står for mye av dette arbeidet.',
          ),
          h2('Organisering'),
          ul('Seksjon for analyse og forskning (oversatt navn)', 'Dataflytseksjonen (oversatt navn; engelsk «Data Flow section»)', 'Kodeseksjonen («kodeseksjon»)'),
          p(
            'Hos Folkehelseinstituttet heter avdelingen på engelsk «Department of Registration». Der har den tre seksjoner og en medisinskfaglig rådgivningsgruppe.',
          ),
        ),
        richText(
          h2('Tasks'),
          p(
            'The registry receives notifications of cancer cases. The department codes these notifications, registers each cancer case and keeps the main database to a high standard. It also runs the clinical quality registries – after the move to the Norwegian Institute of Public Health there are twelve of them, nine of which are national.',
          ),
          h2('Research'),
          p(
            'Researchers in the department look at how many people get and die from cancer, how many survive, how cancer affects different social groups, and what quality of life is like after treatment. The Section for Analysis and Research carries much of this work.',
          ),
          h2('Organisation'),
          ul('Section for Analysis and Research', 'Data Flow section', 'Coding section'),
          p(
            'At the Norwegian Institute of Public Health the department is called the Department of Registration. There it has three sections and a medical advisory group.',
          ),
        ),
      ),
      kind: 'registry',
      researchThemes: [
        theme('Forekomst og dødelighet', 'Incidence and mortality'),
        theme('Overlevelse', 'Survival'),
        theme('Sosial ulikhet i kreft', 'Social inequalities in cancer'),
        theme('Livskvalitet og pasientrapporterte data', 'Quality of life and patient-reported outcomes'),
        theme('Pakkeforløp for kreft', 'Cancer patient pathways'),
      ],
      order: 2,
      lastUpdated: CONTENT_WRITTEN,
      sources: [sources.departmentsAndResearchers, sources.organisation, sources.fhiRegistration],
    },
  },
  {
    seedKey: 'department-screening',
    data: {
      title: t('Screeningprogrammene', 'Screening programmes'),
      slug: t('screeningprogrammene', 'screening-programmes'),
      lead: t(
        'Driver de tre nasjonale screeningprogrammene – for brystkreft, livmorhalskreft og tarmkreft – og forsker på hvordan screening kan bli bedre og mer treffsikker.',
        "Runs Norway's three national screening programmes – for breast, cervical and colorectal cancer – and researches how screening can become better and more precise.",
      ),
      body: t(
        richText(
          h2('Programmene'),
          ul(
            'Mammografiprogrammet – brystkreftscreening for kvinner',
            'Livmorhalsprogrammet – celleprøver og HPV-tester for kvinner',
            'Tarmscreeningprogrammet – hjemmetest for blod i avføringen for kvinner og menn',
          ),
          p('Fra 2024 er programmene organisert som tre screeningseksjoner.'),
          h2('Forskning'),
          p(
            'Forskningen i programmene spenner vidt: ny teknologi som tomosyntese og kunstig intelligens i mammografi, selvtest for HPV, screening tilpasset den enkeltes risiko, og nytte og skade ved screening, som overdiagnostikk.',
          ),
        ),
        richText(
          h2('The programmes'),
          ul(
            'BreastScreen Norway – breast cancer screening for women',
            'CervicalScreen Norway – cell samples and HPV tests for women',
            'ColorectalScreen Norway – a home test for blood in the stool for women and men',
          ),
          p('Since 2024 the programmes have been organised as three screening sections.'),
          h2('Research'),
          p(
            'Research in the programmes covers a lot of ground: new technology such as tomosynthesis and artificial intelligence in mammography, HPV self-sampling, screening tailored to individual risk, and the benefits and harms of screening, such as overdiagnosis.',
          ),
        ),
      ),
      kind: 'screening',
      researchThemes: [
        theme('Kunstig intelligens og tomosyntese i mammografi', 'Artificial intelligence and tomosynthesis in mammography'),
        theme('Selvtest for HPV', 'HPV self-sampling'),
        theme('Persontilpasset screening', 'Personalised screening'),
        theme('Overdiagnostikk og underdiagnostikk', 'Overdiagnosis and underdiagnosis'),
      ],
      contacts: [ref('people', 'person-solveig-hofvind'), ref('people', 'person-kristin-ranheim-randel')],
      order: 3,
      lastUpdated: CONTENT_WRITTEN,
      sources: [sources.departmentsAndResearchers, sources.informationWork, sources.omKreftregisteret],
    },
  },
  {
    seedKey: 'department-register-informatics',
    data: {
      title: t('Registerinformatikkavdelingen', 'Department of Register Informatics'),
      slug: t('registerinformatikkavdelingen', 'department-of-register-informatics'),
      lead: t(
        'Utvikler, vedlikeholder og drifter IT-systemene som registrene og screeningprogrammene er avhengige av, og deltar i forskning.',
        'Develops, maintains and operates the IT systems the registries and screening programmes depend on, and takes part in research.',
      ),
      body: t(
        richText(
          h2('Oppgaver'),
          p(
            'Alt Kreftregisteret gjør med data går gjennom systemer som denne avdelingen bygger og holder i drift – fra mottak av kreftmeldinger til registrene og screeningprogrammene.',
          ),
          h2('Forskning'),
          p(
            'Også i denne avdelingen forskes det. Registerets strategi for 2020–2024 peker på maskinlæring i epidemiologi og screening som et satsingsområde. Hvilke konkrete prosjekter avdelingen bidrar til, er ikke dokumentert i kildene våre, så koblingen er usikker.',
          ),
        ),
        richText(
          h2('Tasks'),
          p(
            'Everything the Cancer Registry does with data runs through systems this department builds and keeps running – from receiving cancer notifications to the registries and the screening programmes.',
          ),
          h2('Research'),
          p(
            "Research takes place in this department too. The registry's 2020–2024 strategy names machine learning in epidemiology and screening as a focus area. Which specific projects the department contributes to is not documented in our sources, so that link is uncertain.",
          ),
        ),
      ),
      kind: 'informatics',
      order: 4,
      lastUpdated: CONTENT_WRITTEN,
      sources: [sources.departmentsAndResearchers, sources.organisation, sources.strategy],
    },
  },
  {
    seedKey: 'department-administration',
    data: {
      title: t('Administrasjonsavdelingen', 'Administrative Department'),
      slug: t('administrasjonsavdelingen', 'administrative-department'),
      lead: t(
        'Står for støttefunksjonene resten av registeret trenger, blant annet kommunikasjon og enheten som leverer data til forskere.',
        'Provides the support functions the rest of the registry relies on, among them communications and the unit that delivers data to researchers.',
      ),
      body: t(
        richText(
          h2('Data til forskning'),
          p(
            'Enheten for datautlevering («Data Delivery Unit»; det norske navnet er en oversettelse) behandler søknader om data fra registeret. Etter registerets tjenesteerklæring skal data leveres innen 30 dager, og henvendelser skal besvares innen 14 dager.',
          ),
          h2('Kommunikasjon'),
          p('Kommunikasjonsstaben har kontakten med media og publikum og formidler registerets tall og forskning.'),
        ),
        richText(
          h2('Data for research'),
          p(
            "The Data Delivery Unit handles requests for registry data. Under the registry's service declaration, data are to be delivered within 30 days and inquiries answered within 14 days.",
          ),
          h2('Communications'),
          p("The communications staff handle contact with the media and the public and share the registry's figures and research."),
        ),
      ),
      kind: 'administration',
      contacts: [ref('people', 'person-jarand-waaland')],
      order: 5,
      lastUpdated: CONTENT_WRITTEN,
      sources: [sources.serviceClearance, sources.omKreftregisteret, sources.cancerStatistics],
    },
  },
]
