import { t } from './bilingual'
import { CONTENT_WRITTEN, day } from './dates'
import { h2, h3, p, richText, ul } from './lexical'
import { ref } from './refs'
import { sourceRef } from './sourceDocuments'
import { type SourceName, sources } from './sources'
import type { SeedDocument } from './types'

const formerName = (nb: string, en: string) => ({ name: t(nb, en) })

/**
 * Provenance of a programme's structured figures (target group, interval, years). They
 * are gathered from the several pages listed under the programme's sources, none of which
 * dates them: the main page is cited, the pairing is marked inferred and the date not stated.
 */
const programmeFigures = (source: SourceName) => ({
  source: sourceRef(source),
  attribution: 'inferred' as const,
  dateKind: 'not-stated' as const,
  reviewBy: day('2027-06-30'),
})

/** The three national screening programmes run by the registry. */
export const screeningProgrammes: readonly SeedDocument<'screening-programmes'>[] = [
  {
    seedKey: 'screening-breast',
    data: {
      title: t('Mammografiprogrammet', 'BreastScreen Norway'),
      slug: t('mammografiprogrammet', 'breastscreen-norway'),
      lead: t(
        'Kvinner mellom 50 og 69 år inviteres til mammografi annethvert år for å finne brystkreft tidlig.',
        'Women aged 50 to 69 are invited to a mammogram every second year so that breast cancer can be found early.',
      ),
      body: t(
        richText(
          h2('Slik fungerer programmet'),
          p(
            'Kvinnene får første invitasjon når de er mellom 48 og 53 år, avhengig av hvor de bor, og deretter hvert andre år. Undersøkelsene gjøres ved 16 brystdiagnostiske sentre, og det gjøres rundt 250 000 undersøkelser i året.',
          ),
          h2('Tall fra programmet'),
          ul(
            'Over 6,7 millioner invitasjoner og om lag 5 millioner undersøkelser',
            'Over 1,2 millioner kvinner har deltatt',
            'Om lag 160 000 oppfølgingsundersøkelser',
            'Over 28 000 brystkreftdiagnoser (om lag 5 000 DCIS og 23 500 invasive), omtrent 5,7 per 1 000 undersøkelser',
            '94 prosent av kvinnene som har fått ti invitasjoner, har møtt minst én gang',
          ),
          h2('Oppstart'),
          p(
            'Programmet startet i fire fylker i 1996 og ble landsdekkende i 2005. Programmet feiret 25 år i juni 2022.',
          ),
          h3('Motstridende oppstartsår'),
          p(
            'De fleste kildene oppgir 1996 som oppstartsår, men programmets side med nøkkeltall sier «siden oppstarten i 1995». Vi har lagt inn 1996 og gjør oppmerksom på avviket.',
          ),
          h2('Forskning'),
          p(
            'Forskningen omfatter tomosyntese, kunstig intelligens i tolkningen av bildene, over- og underdiagnostikk, kompresjon av brystet, godartet brystsykdom, persontilpasset screening og invitasjoner på kvinnenes eget språk.',
          ),
        ),
        richText(
          h2('How the programme works'),
          p(
            'Women receive their first invitation at an age between 48 and 53, depending on where they live, and then every second year. Examinations take place at 16 breast centres, about 250,000 of them a year.',
          ),
          h2('Figures from the programme'),
          ul(
            'More than 6.7 million invitations and about 5 million examinations',
            'More than 1.2 million women have taken part',
            'About 160,000 follow-up examinations',
            'More than 28,000 breast cancers diagnosed (about 5,000 DCIS and 23,500 invasive), roughly 5.7 per 1,000 examinations',
            '94% of women who have received ten invitations attended at least once',
          ),
          h2('Start'),
          p('The programme started in four counties in 1996 and became nationwide in 2005. It celebrated 25 years in June 2022.'),
          h3('Conflicting start year'),
          p(
            "Most sources give 1996 as the start year, but the programme's key-figures page speaks of the time 'since startup in 1995'. We have entered 1996 and point out the discrepancy here.",
          ),
          h2('Research'),
          p(
            "Research covers tomosynthesis, artificial intelligence in reading the images, over- and underdiagnosis, breast compression, benign breast disease, personalised screening and invitations in women's own language.",
          ),
        ),
      ),
      department: ref('departments', 'department-screening'),
      targetGroup: {
        sex: 'women',
        ageFrom: 50,
        ageTo: 69,
        description: t('Første invitasjon ved 48–53 år, avhengig av bosted', 'First invitation at age 48–53, depending on where she lives'),
      },
      intervalYears: 2,
      test: t('Mammografi', 'Mammography'),
      startYear: 1996,
      nationwideYear: 2005,
      formerNames: [formerName('Norwegian Breast Cancer Screening Programme (tidligere engelsk navn)', 'Norwegian Breast Cancer Screening Programme')],
      head: ref('people', 'person-solveig-hofvind'),
      contacts: [ref('people', 'person-solveig-hofvind')],
      figures: programmeFigures('breastScreen'),
      lastUpdated: CONTENT_WRITTEN,
      sources: [
        sources.breastScreen,
        sources.breastScreenKeyFigures,
        sources.breastScreen25Years,
        sources.tidsskriftet2013,
        sources.breastScreenResearch,
      ],
    },
  },
  {
    seedKey: 'screening-cervical',
    data: {
      title: t('Livmorhalsprogrammet', 'CervicalScreen Norway'),
      slug: t('livmorhalsprogrammet', 'cervicalscreen-norway'),
      lead: t(
        'Kvinner mellom 25 og 69 år oppfordres til å ta prøve fra livmorhalsen – celleprøve hvert tredje år fram til 33 år, deretter HPV-test hvert femte år.',
        'Women aged 25 to 69 are encouraged to have a cervical sample – a cell sample every three years up to age 33, then an HPV test every five years.',
      ),
      body: t(
        richText(
          h2('Historikk'),
          ul(
            'Regionalt prøveprosjekt 1992–1994, nasjonalt program fra 1995, regulert i forskrift fra 2002',
            'HPV-test som tilleggsundersøkelse fra 2005',
            'HPV som primærtest for halvparten av kvinnene i fire fylker fra 2015',
            'HPV-test innført for kvinner 34–69 år i hele landet fra januar 2019 til mars 2022',
            'Selvtest for HPV for kvinner som ikke har tatt prøve på lenge, under innføring i 2022',
          ),
          h2('Resultater'),
          p(
            'Målet er at over 80 prosent av kvinnene skal være dekket; den faktiske dekningen er om lag 70 prosent. Ifølge en rapport fra 2012 falt forekomsten av livmorhalskreft med 25 prosent og dødeligheten med 50 prosent etter at programmet startet. Det ble oppgitt om lag 350 tilfeller i året i 2018 og 302 tilfeller i 2022.',
          ),
          p(
            'Til innføringen av selvtest ble det bevilget 20,5 millioner kroner i 2022 og 8 millioner kroner i 2023.',
          ),
          h3('Usikkerhet'),
          p(
            'Folkehelseinstituttets indikator for dekning viser et avkortet tall («7 prosent»); tallet på om lag 70 prosent kommer fra andre kilder.',
          ),
        ),
        richText(
          h2('History'),
          ul(
            'Regional pilot 1992–1994, national programme from 1995, governed by regulation since 2002',
            'HPV testing as a triage test from 2005',
            'HPV as the primary test for half of the women in four counties from 2015',
            'HPV testing rolled out for women aged 34–69 nationwide from January 2019 to March 2022',
            'HPV self-sampling for women who have not been screened for a long time, being introduced in 2022',
          ),
          h2('Results'),
          p(
            'The target is coverage above 80%; actual coverage is about 70%. According to a 2012 report, incidence of cervical cancer fell by 25% and mortality by 50% after the programme started. About 350 cases a year were reported in 2018, and 302 cases in 2022.',
          ),
          p('NOK 20.5 million was granted for introducing self-sampling in 2022 and NOK 8 million in 2023.'),
          h3('Uncertainty'),
          p("The Norwegian Institute of Public Health's coverage indicator shows a truncated figure ('7 per cent'); the figure of about 70% comes from other sources."),
        ),
      ),
      department: ref('departments', 'department-screening'),
      targetGroup: {
        sex: 'women',
        ageFrom: 25,
        ageTo: 69,
        description: t('Alle kvinner 25–69 år', 'All women aged 25–69'),
      },
      test: t('Celleprøve (25–33 år) og HPV-test (34–69 år)', 'Cytology (ages 25–33) and HPV test (ages 34–69)'),
      intervalNote: t(
        'Celleprøve hvert 3. år for kvinner 25–33 år; HPV-test hvert 5. år for kvinner 34–69 år. Intervallet avhenger av alder, så det er ikke angitt som ett tall.',
        'Cytology every 3 years for women aged 25–33; an HPV test every 5 years for women aged 34–69. The interval depends on age, so it is not given as a single number.',
      ),
      startYear: 1995,
      nationwideYear: 1995,
      formerNames: [
        formerName('Masseundersøkelsen mot livmorhalskreft', 'Masseundersøkelsen mot livmorhalskreft (earlier Norwegian name)'),
        formerName('Norwegian Cervical Cancer Screening Programme (NCCSP, tidligere engelsk navn)', 'Norwegian Cervical Cancer Screening Programme (NCCSP)'),
      ],
      figures: programmeFigures('cervicalScreen'),
      lastUpdated: CONTENT_WRITTEN,
      sources: [
        sources.cervicalScreen,
        sources.cervicalStructure,
        sources.fhiCervicalIndicator,
        sources.nje2022Cervical,
        sources.cervicalSelfTest,
        sources.cervicalReport2012,
        sources.kreftforeningen2018,
        sources.cancersPage,
      ],
    },
  },
  {
    seedKey: 'screening-colorectal',
    data: {
      title: t('Tarmscreeningprogrammet', 'ColorectalScreen Norway'),
      slug: t('tarmscreeningprogrammet', 'colorectalscreen-norway'),
      lead: t(
        'Kvinner og menn inviteres det året de fyller 55, og tar en hjemmetest for blod i avføringen annethvert år fram til de er 65.',
        'Women and men are invited in the year they turn 55 and take a home test for blood in the stool every second year until they are 65.',
      ),
      body: t(
        richText(
          h2('Slik fungerer programmet'),
          p(
            'Deltakerne tar en immunokjemisk test for blod i avføringen (FIT) hjemme og sender den til ett sentralt laboratorium ved Akershus universitetssykehus. Ved positiv test tilbys koloskopi. Hver deltaker får tilbud i ti år.',
          ),
          h2('Oppstart'),
          p(
            'Stortinget vedtok programmet i 2017. De første invitasjonene gikk ut i mai 2022 i Østfold og Vestre Viken, programmet ble offisielt åpnet 22. august 2022, og det har vært landsdekkende siden januar 2024. De som er født i 1967, var det første årskullet.',
          ),
          h2('Bakgrunn'),
          p(
            'Om lag 4 500 personer får tarmkreft hvert år, og om lag 1 600 dør av sykdommen. I 2022 ble det registrert 4 745 tilfeller.',
          ),
          h2('Forskning'),
          p(
            'Programmet bygger på erfaringene fra prøveprosjektet Bowel Cancer Screening in Norway (2012–2023) og den tidligere NORCCAP-studien. En delstudie undersøker biomarkører i tarmfloraen.',
          ),
        ),
        richText(
          h2('How the programme works'),
          p(
            'Participants take a faecal immunochemical test (FIT) at home and send it to a single central laboratory at Akershus University Hospital. A positive test leads to an offer of colonoscopy. Each participant is offered screening for ten years.',
          ),
          h2('Start'),
          p(
            'The Storting decided on the programme in 2017. The first invitations went out in May 2022 in Østfold and Vestre Viken, the programme was officially opened on 22 August 2022, and it has been nationwide since January 2024. People born in 1967 were the first cohort.',
          ),
          h2('Background'),
          p('About 4,500 people develop colorectal cancer each year and about 1,600 die of it. 4,745 cases were registered in 2022.'),
          h2('Research'),
          p(
            'The programme builds on the experience of the Bowel Cancer Screening in Norway pilot (2012–2023) and the earlier NORCCAP trial. A sub-study looks at biomarkers in the gut microbiome.',
          ),
        ),
      ),
      department: ref('departments', 'department-screening'),
      targetGroup: {
        sex: 'all',
        ageFrom: 55,
        ageTo: 65,
        description: t('Invitert det året de fyller 55, deretter hvert andre år til 65 år', 'Invited in the year they turn 55, then every second year until age 65'),
      },
      intervalYears: 2,
      test: t('Immunokjemisk test for blod i avføringen (FIT)', 'Faecal immunochemical test (FIT)'),
      intervalNote: t('Koloskopi ved positiv test.', 'Colonoscopy after a positive test.'),
      startYear: 2022,
      nationwideYear: 2024,
      head: ref('people', 'person-kristin-ranheim-randel'),
      contacts: [ref('people', 'person-kristin-ranheim-randel')],
      figures: programmeFigures('fhiColorectal'),
      lastUpdated: CONTENT_WRITTEN,
      sources: [
        sources.fhiColorectalFaq,
        sources.colorectalUnderway,
        sources.fhiColorectal,
        sources.colorectalResearch,
      ],
    },
  },
]
