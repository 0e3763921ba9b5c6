import type { KeyFigure } from '@crn/content-types'

import { t } from './bilingual'
import { CONTENT_WRITTEN, day } from './dates'
import { sourceRef } from './sourceDocuments'
import type { SourceName } from './sources'
import type { SeedDocument } from './types'

type Pair = [nb: string, en: string]

type FigureInput = {
  key: string
  title: Pair
  slug: Pair
  lead: Pair
  value: number
  unit: Pair
  sex?: NonNullable<KeyFigure['sex']>
  referenceYear: number
  period?: string
  series: string
  source: SourceName
  /** `inferred` when the fact sheet cites several sources for the row without pairing them with years. */
  attribution?: 'stated' | 'inferred'
}

/** Cancer in Norway appears every autumn: the figures are checked again once the next edition is out. */
const REVIEW_BY = day('2027-01-31')

function keyFigure(input: FigureInput): SeedDocument<'key-figures'> {
  return {
    seedKey: `key-figure-${input.key}`,
    data: {
      title: t(...input.title),
      slug: t(...input.slug),
      lead: t(...input.lead),
      value: input.value,
      unit: t(...input.unit),
      sex: input.sex ?? 'all',
      referenceYear: input.referenceYear,
      period: input.period,
      series: input.series,
      source: sourceRef(input.source),
      attribution: input.attribution ?? 'stated',
      reviewBy: REVIEW_BY,
      lastUpdated: CONTENT_WRITTEN,
    },
  }
}

/**
 * Which source gives which year is certain for the two Cancer in Norway reports only:
 * the fact sheet lists the news sources, and both key-figures pages, for whole rows
 * without pairing them with years. Those pairings are our reading: they are marked
 * `inferred` and said so in the lead readers see.
 */
const uncertainPairing: Pair = [
  'Faktaarket oppgir flere kilder for tallrekken uten å si hvilken som gir hvilket år; koblingen til denne kilden er derfor usikker.',
  'The fact sheet lists several sources for the series without saying which gives which year, so the link to this source is uncertain.',
]

const newCases: { year: number; cases: number; source: SourceName; pairingCertain: boolean }[] = [
  { year: 2007, cases: 25_943, source: 'cancerInNorway2007', pairingCertain: true },
  { year: 2012, cases: 30_099, source: 'cancerInNorway2012', pairingCertain: true },
  { year: 2014, cases: 31_651, source: 'norwayToday2015', pairingCertain: false },
  { year: 2015, cases: 32_592, source: 'norwayToday2015', pairingCertain: false },
  { year: 2017, cases: 33_564, source: 'newsInEnglish2018', pairingCertain: false },
  { year: 2020, cases: 35_515, source: 'fagpressenytt', pairingCertain: false },
  { year: 2021, cases: 36_998, source: 'keyFiguresOlder', pairingCertain: false },
  { year: 2023, cases: 38_094, source: 'keyFigures', pairingCertain: false },
]

/** FS L170–174 cite both key-figures pages for whole rows: the year-to-page pairing is inferred. */
const survival: { sex: 'men' | 'women'; period: string; referenceYear: number; value: number; source: SourceName }[] = [
  { sex: 'men', period: '2017–2021', referenceYear: 2021, value: 77.1, source: 'keyFiguresOlder' },
  { sex: 'women', period: '2017–2021', referenceYear: 2021, value: 76.3, source: 'keyFiguresOlder' },
  { sex: 'men', period: '2019–2023', referenceYear: 2023, value: 77.6, source: 'keyFigures' },
  { sex: 'women', period: '2019–2023', referenceYear: 2023, value: 77.4, source: 'keyFigures' },
]

const sexLabel = { men: ['menn', 'men'], women: ['kvinner', 'women'] } as const

/** National cancer figures: new cases per year, survival, prevalence and the most common cancers. */
export const keyFigures: readonly SeedDocument<'key-figures'>[] = [
  ...newCases.map(({ year, cases, source, pairingCertain }) =>
    keyFigure({
      key: `new-cases-${year}`,
      title: [`Nye krefttilfeller i ${year}`, `New cancer cases in ${year}`],
      slug: [`nye-krefttilfeller-${year}`, `new-cancer-cases-${year}`],
      lead: pairingCertain
        ? [`Antall nye krefttilfeller i Norge i ${year}.`, `The number of new cancer cases in Norway in ${year}.`]
        : [`Antall nye krefttilfeller i Norge i ${year}. ${uncertainPairing[0]}`, `The number of new cancer cases in Norway in ${year}. ${uncertainPairing[1]}`],
      value: cases,
      unit: ['tilfeller', 'cases'],
      referenceYear: year,
      series: 'new-cases',
      source,
      attribution: pairingCertain ? 'stated' : 'inferred',
    }),
  ),
  keyFigure({
    key: 'new-cases-2023-women',
    title: ['Nye krefttilfeller hos kvinner i 2023', 'New cancer cases in women in 2023'],
    slug: ['nye-krefttilfeller-kvinner-2023', 'new-cancer-cases-women-2023'],
    lead: ['Nye krefttilfeller hos kvinner i 2023, av 38 094 tilfeller i alt.', 'New cancer cases in women in 2023, out of 38,094 cases in total.'],
    value: 17_708,
    unit: ['tilfeller', 'cases'],
    sex: 'women',
    referenceYear: 2023,
    series: 'new-cases-by-sex',
    source: 'keyFigures',
    attribution: 'inferred',
  }),
  keyFigure({
    key: 'new-cases-2023-men',
    title: ['Nye krefttilfeller hos menn i 2023', 'New cancer cases in men in 2023'],
    slug: ['nye-krefttilfeller-menn-2023', 'new-cancer-cases-men-2023'],
    lead: ['Nye krefttilfeller hos menn i 2023, av 38 094 tilfeller i alt.', 'New cancer cases in men in 2023, out of 38,094 cases in total.'],
    value: 20_386,
    unit: ['tilfeller', 'cases'],
    sex: 'men',
    referenceYear: 2023,
    series: 'new-cases-by-sex',
    source: 'keyFigures',
    attribution: 'inferred',
  }),
  ...survival.map(({ sex, period, referenceYear, value, source }) =>
    keyFigure({
      key: `five-year-survival-${sex}-${period.replace('–', '-')}`,
      title: [`Femårs relativ overlevelse, ${sexLabel[sex][0]}, ${period}`, `Five-year relative survival, ${sexLabel[sex][1]}, ${period}`],
      slug: [`femars-relativ-overlevelse-${sexLabel[sex][0]}-${period.replace('–', '-')}`, `five-year-relative-survival-${sex}-${period.replace('–', '-')}`],
      lead: [
        `Relativ overlevelse fem år etter diagnosen for ${sexLabel[sex][0]} diagnostisert i ${period}, alle kreftformer samlet.`,
        `Relative survival five years after diagnosis for ${sexLabel[sex][1]} diagnosed in ${period}, all cancers combined.`,
      ],
      value,
      unit: ['%', '%'],
      sex,
      referenceYear,
      period,
      series: 'five-year-relative-survival',
      source,
      attribution: 'inferred',
    }),
  ),
  keyFigure({
    key: 'prevalence-2021',
    title: ['Personer i live etter en kreftdiagnose, 31.12.2021', 'People alive after a cancer diagnosis, 31 Dec 2021'],
    slug: ['personer-i-live-etter-kreft-2021', 'people-alive-after-cancer-2021'],
    lead: [
      'Antall personer i live ved utgangen av 2021 som en gang har fått en kreftdiagnose. Den nyere nøkkeltallsiden gir et tall for utgangen av 2023 («nesten 330 000»), men tallet er forvansket i kilden og er derfor ikke tatt med.',
      'The number of people alive at the end of 2021 who have ever been diagnosed with cancer. The newer key-figures page gives a figure for the end of 2023 ("almost 330,000"), but it is garbled in the source and so is not included.',
    ],
    value: 316_145,
    unit: ['personer', 'people'],
    referenceYear: 2021,
    series: 'prevalence',
    source: 'keyFiguresOlder',
    attribution: 'inferred',
  }),
  keyFigure({
    key: 'prostate-share-2023',
    title: ['Prostatakreftens andel av alle krefttilfeller, 2023', 'Prostate cancer as a share of all cancer cases, 2023'],
    slug: ['andel-prostatakreft-2023', 'share-prostate-cancer-2023'],
    lead: [
      'Prostatakreft var den vanligste kreftformen i 2023, med om lag 14 prosent av alle tilfeller (kilden gir et avrundet tall).',
      'Prostate cancer was the most common cancer in 2023, with about 14% of all cases (the source gives a rounded figure).',
    ],
    value: 14,
    unit: ['%', '%'],
    referenceYear: 2023,
    series: 'most-common-cancers',
    source: 'keyFigures',
    attribution: 'inferred',
  }),
  keyFigure({
    key: 'top-four-share-2023',
    title: ['De fire vanligste kreftformenes andel, 2023', 'Share of the four most common cancers, 2023'],
    slug: ['andel-fire-vanligste-kreftformer-2023', 'share-four-most-common-cancers-2023'],
    lead: [
      'Prostata-, bryst-, lunge- og tykktarmskreft utgjorde til sammen 46 prosent av alle nye krefttilfeller i 2023.',
      'Prostate, breast, lung and colon cancer together made up 46% of all new cancer cases in 2023.',
    ],
    value: 46,
    unit: ['%', '%'],
    referenceYear: 2023,
    series: 'most-common-cancers',
    source: 'keyFigures',
    attribution: 'inferred',
  }),
]
