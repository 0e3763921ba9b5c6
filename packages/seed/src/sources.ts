/**
 * The public pages the seed content is based on (from shared/reference/registry-facts.md).
 * Each figure in the seed names one of these as its source; pages also list theirs.
 */
export type Source = { title: string; url: string }

const kr = 'https://www.kreftregisteret.no'

export const sources = {
  // Organisation
  aboutRegistry: { title: 'Kreftregisteret: About the Cancer Registry (2018)', url: `${kr}/en/General/About-the-Cancer-Registry/` },
  aboutUs: { title: 'Kreftregisteret: About us (2024)', url: `${kr}/en/General/About-the-Cancer-Registry-of-Norway/About-us/` },
  omKreftregisteret: { title: 'Kreftregisteret: Om Kreftregisteret (2017)', url: `${kr}/Generelt/Om-Kreftregisteret/` },
  organisation: { title: 'Kreftregisteret: Organisering', url: `${kr}/Generelt/Om-Kreftregisteret/organisering/` },
  strategy: { title: 'Kreftregisteret: Strategy 2020–2024', url: `${kr}/en/General/About-the-Cancer-Registry-of-Norway/strategy/` },
  newDirector: {
    title: "Kreftregisteret: The Cancer Registry's new director (2011)",
    url: `${kr}/en/General/News/The-Cancer-Registrys-New-Director-Wishes-to-Strengthen-Contact-with-the-Medical-Community/`,
  },
  departmentsAndResearchers: { title: 'Kreftregisteret: Departments and researchers', url: `${kr}/en/Research/sections-researchers/` },
  annualReport2005: {
    title: 'Kreftregisteret: Annual report for 2005',
    url: `${kr}/Generelt/Nyheter/eldre-enn-2014/Kreftregisterets-arsrapport-for-2005/`,
  },
  fhiRegistration: { title: 'NIPH: Department of Registration', url: 'https://www.fhi.no/en/ab/departments-and-centres/registration2/' },
  informationWork: {
    title: 'Kreftregisteret: Information work',
    url: `${kr}/en/General/About-the-Cancer-Registry-of-Norway/information-work2/`,
  },
  serviceClearance: {
    title: 'Kreftregisteret: Service declaration',
    url: `${kr}/en/General/About-the-Cancer-Registry-of-Norway/Service-clearance/`,
  },
  // Sections
  etiology: { title: 'Kreftregisteret: Section for Etiology (2020)', url: `${kr}/en/Research/sections-researchers/etiology/` },
  epidemiologyPrevention: {
    title: 'Kreftregisteret: Section for Epidemiology and Prevention',
    url: `${kr}/en/Research/sections-researchers/section-epidemiology-prevention/`,
  },
  etiologyNb: { title: 'Kreftregisteret: Etiologisk kreftforskning', url: `${kr}/Forskning/etiologisk-kreftforskning/` },
  hpvResearch: { title: 'Kreftregisteret: HPV-related research', url: `${kr}/en/Research/about-research/HPV-research/` },
  hpvThemeNb: {
    title: 'Kreftregisteret: Forskningstema – Humant papillomavirus og kreft',
    url: `${kr}/Forskning/Om-forskningen/forskningstema-virus-og-kreft/`,
  },
  iarcNygard: { title: 'IARC: Visit of Dr Mari Nygård', url: 'https://www.iarc.fr/infographics/visit-of-dr-mari-nygard/' },
  mariNygardProfile: { title: 'Kreftregisteret: Staff profile, Mari Nygård', url: `${kr}/en/General/About-the-Cancer-Registry/Our-staff/Mari-Nygard/` },
  analysisAndResearch: {
    title: 'Kreftregisteret: Section for Analysis and Research (page dated 10/12/2021; day and month ambiguous)',
    url: `${kr}/en/Research/sections-researchers/section-for-analysis-and-research/`,
  },
  // Janus Serum Bank
  janus: { title: 'Kreftregisteret: Janus Serum Bank (updated 27.04.2023)', url: `${kr}/en/Research/Janus-Serum-Bank/` },
  janusOlderPage: { title: 'Kreftregisteret: Janus Serum Bank (older English page)', url: 'http://www.kreftregisteret.no/en/research/Janus-Serum-Bank/' },
  janusMaterial: { title: 'Kreftregisteret: Janus-materialet', url: `${kr}/Forskning/Janus-serumbank/Janus-materialet/` },
  janusSampleQuality: {
    title: 'Kreftregisteret: Janus – kvalitetssikring og prøvekvalitet',
    url: `${kr}/Forskning/Janus-serumbank/Kvalitetssikring-/provekvalitet2/`,
  },
  janusCancerStatistics: { title: 'Kreftregisteret: Janus Serum Bank – cancer statistics', url: `${kr}/en/Research/Janus-Serum-Bank/Cancer-Statistics-/` },
  janusAbout: { title: 'Kreftregisteret: About Janus', url: `${kr}/en/Research/Janus-Serum-Bank/About-JANUS2/` },
  janusFifty: {
    title: 'Kreftregisteret: The Cancer Registry of Norway celebrates (2022)',
    url: `${kr}/en/General/News/2022/The-Cancer-Registry-of-Norway-celebrates/`,
  },
  janusPrivacy: { title: 'Kreftregisteret: Janus – privacy and consent', url: `${kr}/en/Research/Janus-Serum-Bank/Privacy-and-consent/` },
  janusProjectHandling: { title: 'Kreftregisteret: Janus – project handling', url: `${kr}/en/Research/Janus-Serum-Bank/Project-handling/` },
  fhiJanusAccess: {
    title: 'NIPH: Janus Serum Bank – access process',
    url: 'https://www.fhi.no/en/cancer/janus-serumbank/access-to-data-and-biological-material/access-process/',
  },
  nje2022Janus: { title: 'Norsk Epidemiologi 2022 (Janus Serum Bank)', url: 'https://www.ntnu.no/ojs/index.php/norepid/article/view/4983' },
  nciJanus: { title: 'NCI Cohort Consortium: Janus Serum Bank', url: 'https://epi.grants.cancer.gov/Consortia/members/janus.html' },
  // Screening programmes
  breastScreen: { title: 'Kreftregisteret: BreastScreen Norway', url: `${kr}/en/screening/breastscreen-norway/` },
  breastScreenKeyFigures: { title: 'Kreftregisteret: BreastScreen Norway – key figures', url: `${kr}/en/screening/BreastScreen_Norway/Key-figures/` },
  breastScreen25Years: { title: 'NIPH: Mammografiprogrammet 25 år', url: 'https://www.fhi.no/en/publ/kreftregisteret/mammografiprogrammet-25-ar/' },
  tidsskriftet2013: {
    title: 'Tidsskriftet 2013: Organised mammographic screening',
    url: 'https://tidsskriftet.no/en/2013/03/organised-mammographic-screening-more-benefits-harms',
  },
  breastScreenResearch: {
    title: 'Kreftregisteret: Research in BreastScreen Norway',
    url: `${kr}/en/screening/breastscreen-norway/research-in-breastscreen-norway/`,
  },
  spkiAims: { title: 'SPKI: AIMS – artificial intelligence in mammography screening', url: 'https://spki.no/en/projects/aims-artificial-intelligence-in-mammography-screening/' },
  recordFunding2023: {
    title: 'Kreftregisteret: Rekordfinansiering til Kreftregisterets forskning (2023)',
    url: `${kr}/Generelt/Nyheter/2023/rekordfinansiering-til-kreftregisterets-forskning/`,
  },
  cervicalScreen: { title: 'Kreftregisteret: CervicalScreen Norway – organisation', url: `${kr}/en/screening/cervix/org/` },
  cervicalStructure: {
    title: 'Kreftregisteret: Structure and organisation of the Norwegian Cervical Cancer Screening Programme',
    url: `${kr}/en/screening/Cervical-Cancer-Screening-Programme/arkiv/Structure-and-organisation-of-the-Norwegian-Cervical-Cancer-Screening-Programme/`,
  },
  fhiCervicalIndicator: {
    title: 'NIPH: Screening for cervical cancer (NCD indicator 25)',
    url: 'https://www.fhi.no/en/nc/Indicators-for-NCD/vaccine-and-screening/screening-for-livmorshalskreft-indikator-25/',
  },
  nje2022Cervical: { title: 'Norsk Epidemiologi 2022 (cervical screening)', url: 'https://ntnu.no/ojs/index.php/norepid/article/view/4978' },
  cervicalSelfTest: { title: 'Kreftregisteret: CervicalScreen Norway – home test', url: `${kr}/en/screening/cervix/hjemmetest/` },
  cervicalReport2012: {
    title: 'Kreftregisteret: Annual report from the cervical cancer programme 2012',
    url: `${kr}/en/General/News/Annual-report-from-the-Norwegian-cCervical-Cancer-Programme-2012/`,
  },
  kreftforeningen2018: {
    title: 'Kreftforeningen: Forskningstildelingen 2018 – livmorhalskreft',
    url: 'https://kreftforeningen.no/forskning/forskningstildelingen-2018/hvordan-forebygge-livmorhalskreft-i-en-tid-med-hpv-vaksine/',
  },
  cancersPage: { title: 'Kreftregisteret: Cancers', url: `${kr}/en/Temasider/Cancers/` },
  fhiColorectalFaq: { title: 'NIPH: ColorectalScreen Norway – FAQ', url: 'https://www.fhi.no/en/cancer/screening/colorectalscreen/FAQ/' },
  colorectalUnderway: {
    title: 'Kreftregisteret: The bowel screening programme is underway (2022)',
    url: `${kr}/en/screening/colorectalscreen-norway/latest-stories/The-bowel-screening-programme-is-underway/`,
  },
  fhiColorectal: {
    title: 'NIPH: Screening for colorectal cancer',
    url: 'https://www.fhi.no/en/cancer/screening/colorectalscreen/Screening-for-colorectal-cancer/',
  },
  colorectalResearch: {
    title: 'Kreftregisteret: ColorectalScreen Norway – research projects',
    url: `${kr}/en/screening/colorectalscreen-norway/research/Screening-for-colorectal-cancer/research-projects/`,
  },
  norccapPaper: { title: 'PubMed 12825872 (NORCCAP)', url: 'https://www.ncbi.nlm.nih.gov/pubmed/12825872' },
  // Projects
  projects: { title: 'Kreftregisteret: Projects', url: `${kr}/en/Research/Projects/` },
  fightHpvNews: {
    title: 'Romsdals Budstikke 2017: Mobilspill skal opplyse om livmorhalskreft',
    url: 'http://www.rbnett.no/nyheter/2017/07/01/Mobilspill-skal-opplyse-om-livmorhalskreft-14961228.ece',
  },
  sveip: { title: 'Kreftregisteret: SVEIP (completed project)', url: `${kr}/en/Research/Projects/avsluttede-prosjekter/sveip/` },
  ltfu: { title: 'Kreftregisteret: LTFU', url: `${kr}/en/Research/Projects/ltfu/` },
  ltfuV501: {
    title: 'Kreftregisteret: Gardasil – LTFU V501',
    url: `${kr}/en/Research/Projects/ltfu/start-page/research-projects/gardasil--ltfu-v501/`,
  },
  ltfuBackground: { title: 'Kreftregisteret: LTFU – background and aim', url: `${kr}/en/Research/Projects/ltfu/background-and-aim/` },
  ltfuV503Paper: {
    title: 'Human Vaccines & Immunotherapeutics 2020 (9vHPV long-term follow-up)',
    url: 'https://informahealthcare.com/doi/abs/10.1080/21645515.2020.1839292',
  },
  equalscreen: { title: 'Kreftregisteret: EQUALSCREEN', url: `${kr}/en/Research/Projects/equalscreen/` },
  equalscreenResults: { title: 'PMC9643532 (EQUALSCREEN results)', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9643532' },
  selfSamplingNews: {
    title: 'Kreftregisteret: Prøvetaking hjemme i stedet for gynekologisk undersøkelse',
    url: `${kr}/Generelt/Nyheter/Provetaking-hjemme-i-stedet-for-gynekologisk-undersokelse/`,
  },
  personalisedScreening: {
    title: 'Kreftregisteret: Skreddersydd oppfølgingsprogram (updated 25.06.2019)',
    url: `${kr}/Forskning/Om-forskningen/HPV/skreddersydd-oppfolgingsprogram/`,
  },
  screeningSavesLives: { title: 'Screening Saves Lives (Baltic project)', url: 'https://screeningsaveslives.eu/' },
  fhiHpvVaccination: {
    title: 'NIPH: Effects of HPV vaccination in Norway',
    url: 'https://www.fhi.no/en/nva-projects/ongoing/effects-of-hpv-vaccination-in-norway',
  },
  womensLifestyle: {
    title: "Kreftregisteret: Women's lifestyle – frequently asked questions",
    url: `${kr}/en/Research/Projects/Women_21s-Lifestyle-Research-on-Lifestyle-Viruses-and-Cancer/Frequently-Asked-Questions/`,
  },
  janusRna: {
    title: 'Kreftregisteret: JanusRNA – early detection biomarkers of cancer',
    url: `${kr}/en/Research/about-research/selected-projects/janusrna---early-detection-biomarkers-of-cancer/`,
  },
  janusRnaDataset: { title: 'OUCI: JanusRNA dataset', url: 'https://ouci.dntb.gov.ua/en/works/lxo1BeP4' },
  janusRnaEga: { title: 'European Genome-phenome Archive: EGAS00001002814', url: 'https://ega-archive.org/studies/EGAS00001002814' },
  offshoreCohorts: {
    title: 'Kreftregisteret: Cohorts of offshore workers',
    url: `${kr}/en/Research/Projects/cancer-among-offshore-workers-in-norway/Projects-offshore-group/cohorts-offshore-workers/`,
  },
  occupationalCohorts: { title: 'Occupational Cohorts: Norwegian offshore cohorts', url: 'https://occupationalcohorts.net/view/country/entry/174/' },
  firefighters: { title: 'Kreftregisteret: Firefighters and cancer', url: `${kr}/en/Research/Projects/Firefighters-and-Cancer/` },
  populationSurveys: {
    title: 'Kreftregisteret: Population surveys on health and quality of life',
    url: `${kr}/en/The-Registries/Population-surveys-on-health-and-quality-of-life/`,
  },
  nje2022Proms: { title: 'Norsk Epidemiologi 2022 (population surveys)', url: 'https://ntnu.no/ojs/index.php/norepid/article/view/4977' },
  toBe: {
    title: 'Kreftregisteret: The tomosynthesis studies in Bergen',
    url: `${kr}/en/Research/about-research/selected-projects/the-tomosynthesis-studies-in-bergen/`,
  },
  aims: { title: 'Kreftregisteret: AIMS', url: `${kr}/en/Research/Projects/aims/` },
  // Key figures
  cancerInNorway2007: { title: 'Cancer in Norway 2007', url: `${kr}/en/General/Publications/Cancer-in-Norway/Cancer-in-Norway-2007/` },
  cancerInNorway2012: { title: 'Cancer in Norway 2012', url: `${kr}/en/General/Publications/Cancer-in-Norway/Cancer-in-Norway-2012/` },
  norwayToday2015: { title: 'Norway Today: 32,000 new cases of cancer', url: 'https://norwaytoday.info/news/32000-new-cases-cancer-norway-2015/' },
  newsInEnglish2018: { title: 'News in English (31.10.2018): Cancer rate highest in Rogaland', url: 'https://www.newsinenglish.no/2018/10/31/cancer-rate-highest-in-rogaland/' },
  fagpressenytt: { title: 'Fagpressenytt: Cancer in Norway', url: 'https://fagpressenytt.no/node/390628' },
  keyFiguresOlder: { title: 'Kreftregisteret: Key figures on cancer (older page)', url: `${kr}/en/Temasider/key-figures-on-cancer/` },
  keyFigures: { title: 'Kreftregisteret: Key figures on cancer', url: `${kr}/en/Key-figures-on-cancer/key-figures-on-cancer/` },
  cancerStatistics: { title: 'Kreftregisteret: Cancer statistics (updated 13.11.2020)', url: `${kr}/en/The-Registries/Cancer-Statistics/` },
} as const satisfies Record<string, Source>

export type SourceName = keyof typeof sources
