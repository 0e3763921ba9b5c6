import { Bilingual, t } from './bilingual'
import { CONTENT_WRITTEN, day } from './dates'
import { ref } from './refs'
import { sourceRef } from './sourceDocuments'
import type { SourceName } from './sources'
import type { SeedDocument } from './types'

type Pair = [nb: string, en: string]

/**
 * How a fact is dated: the day it describes, the date its source carries (when the source
 * gives no counting date), or none at all because the source states none.
 */
type FactDate = { kind: 'describes' | 'source-date'; day: string } | { kind: 'not-stated' }

type FactInput = {
  key: string
  title: Pair
  slug: Pair
  value: number | Bilingual<string>
  unit?: Pair
  series?: string
  date: FactDate
  source: SourceName
  /** `inferred` when the sources are listed for a whole series without saying which gives which value. */
  attribution?: 'stated' | 'inferred'
  note?: Pair
}

/**
 * When an editor checks the figures again. Cancer cases among donors are linked every
 * year; the collection's own figures change rarely.
 */
const REVIEW_YEARLY_SERIES = day('2027-03-31')
const REVIEW_COLLECTION_FIGURES = day('2027-11-30')

/** One Janus Serum Bank fact; `order` is its position on the page. */
function janusFact({ key, title, slug, value, unit, series, date, source, attribution, note }: FactInput, order: number): SeedDocument<'biobank-facts'> {
  return {
    seedKey: `janus-${key}`,
    data: {
      title: t(...title),
      slug: t(...slug),
      section: ref('sections', 'section-janus'),
      valueNumber: typeof value === 'number' ? value : undefined,
      valueText: value instanceof Bilingual ? value : undefined,
      unit: unit ? t(...unit) : undefined,
      series,
      source: sourceRef(source),
      attribution: attribution ?? 'stated',
      dateKind: date.kind,
      asOfDate: date.kind === 'not-stated' ? null : day(date.day),
      reviewBy: series ? REVIEW_YEARLY_SERIES : REVIEW_COLLECTION_FIGURES,
      note: note ? t(...note) : undefined,
      order,
      lastUpdated: CONTENT_WRITTEN,
    },
  }
}

const NOT_STATED: FactDate = { kind: 'not-stated' }
/** The English Janus page carries "last updated 27.04.2023"; it describes the collection, which ended in 2004. */
const JANUS_PAGE: FactDate = { kind: 'source-date', day: '2023-04-27' }

/** FS L117: the donor figures come from "Janus-materialet" and the older English page, neither dated. */
const donorFigureNote: Pair = [
  'Kildene (siden «Janus-materialet» og en eldre versjon av den engelske Janus-siden) oppgir ingen telledato. Kreftregisterets side «Avdelinger og forskere» oppga allerede 318 628 givere 16.11.2020.',
  'The sources (the "Janus-materialet" page and an older version of the English Janus page) give no counting date. The registry\'s "Departments and researchers" page already gave 318,628 donors on 16 Nov 2020.',
]
const undatedSourceNote = (nb: string, en: string): Pair => [`${nb} Kilden oppgir ingen dato for tallet.`, `${en} The source gives no date for the figure.`]
const caseSeriesNote = (nb: string, en: string): Pair => [
  `Krefttilfeller blant giverne, funnet ved den årlige koblingen mot Kreftregisteret. Tallrekken er satt sammen fra Janus-sidene med kreftstatistikk, versjoner av den engelske Janus-siden og Norsk Epidemiologi 2022; faktaarket sier ikke hvilken kilde som gir hvilket år.${nb}`,
  `Cancer cases among donors, found through the annual linkage with the Cancer Registry. The series is compiled from the Janus cancer statistics page, versions of the English Janus page and Norsk Epidemiologi 2022; the fact sheet does not say which source gives which year.${en}`,
]

/** Cancer cases among donors at the end of each year the sources give. */
const cancerCaseSeries: { year: number; cases: number; note?: Pair }[] = [
  { year: 2018, cases: 101_738 },
  { year: 2020, cases: 107_366, note: [' Kilden sier «ved utgangen av 2020».', " The source says 'end of 2020'."] },
  { year: 2021, cases: 112_939 },
  { year: 2022, cases: 118_405 },
  { year: 2023, cases: 123_719 },
]

const facts: FactInput[] = [
  {
    key: 'donors-total',
    title: ['Givere i alt', 'Donors in total'],
    slug: ['givere-i-alt', 'donors-in-total'],
    value: 318_628,
    unit: ['givere', 'donors'],
    date: NOT_STATED,
    source: 'janusMaterial',
    note: [
      `${donorFigureNote[0]} Eldre kilder oppga om lag 317 000 givere (2015) og 316 951 (oversikten til NCI Cohort Consortium).`,
      `${donorFigureNote[1]} Older sources gave about 317,000 donors (2015) and 316,951 (the NCI Cohort Consortium listing).`,
    ],
  },
  {
    key: 'donors-men',
    title: ['Menn blant giverne', 'Men among the donors'],
    slug: ['givere-menn', 'donors-men'],
    value: 166_137,
    unit: ['menn', 'men'],
    date: NOT_STATED,
    source: 'janusMaterial',
    note: donorFigureNote,
  },
  {
    key: 'donors-women',
    title: ['Kvinner blant giverne', 'Women among the donors'],
    slug: ['givere-kvinner', 'donors-women'],
    value: 152_491,
    unit: ['kvinner', 'women'],
    date: NOT_STATED,
    source: 'janusMaterial',
    note: donorFigureNote,
  },
  {
    key: 'mean-age-at-entry',
    title: ['Gjennomsnittsalder ved første prøve', 'Mean age at entry'],
    slug: ['gjennomsnittsalder-ved-forste-prove', 'mean-age-at-entry'],
    value: 41,
    unit: ['år', 'years'],
    date: NOT_STATED,
    source: 'janusMaterial',
    note: donorFigureNote,
  },
  {
    key: 'collection-period',
    title: ['Innsamlingsperiode', 'Collection period'],
    slug: ['innsamlingsperiode', 'collection-period'],
    value: t('1972–2004', '1972–2004'),
    date: JANUS_PAGE,
    source: 'janus',
    note: ['Innsamlingen er avsluttet.', 'Collection has ended.'],
  },
  {
    key: 'storage-temperature',
    title: ['Lagringstemperatur', 'Storage temperature'],
    slug: ['lagringstemperatur', 'storage-temperature'],
    value: t('−25 °C', '−25 °C'),
    date: JANUS_PAGE,
    source: 'janus',
    note: [
      'De eldste prøvene har vært lagret i over 40 år. Siden 2019 står prøvene i et halvautomatisk lager med strekkode på hver prøve.',
      'The oldest samples have been stored for more than 40 years. Since 2019 the samples have been kept in a semi-automated store with a barcode on every sample.',
    ],
  },
  {
    key: 'counties',
    title: ['Fylker representert', 'Counties represented'],
    slug: ['fylker-representert', 'counties-represented'],
    value: 17,
    unit: ['av 19 fylker', 'of 19 counties'],
    date: NOT_STATED,
    source: 'janusMaterial',
    note: undatedSourceNote(
      'Gjelder de 19 fylkene Norge hadde før 2020; både byer og bygder er med.',
      'Refers to the 19 counties Norway had before 2020; both urban and rural areas are included.',
    ),
  },
  {
    key: 'donors-health-surveys',
    title: ['Givere fra helseundersøkelser', 'Donors from health surveys'],
    slug: ['givere-fra-helseundersokelser', 'donors-from-health-surveys'],
    value: 281_120,
    unit: ['personer', 'people'],
    date: NOT_STATED,
    source: 'janusMaterial',
    note: undatedSourceNote(
      'Om lag 90 prosent av giverne, fra fem nasjonale helseundersøkelser: Oslo 1, 40-årsundersøkelsen i Oslo, fylkesundersøkelsene, 40-åringsundersøkelsene i hele landet og TROFINN.',
      'About 90% of the donors, from five national health surveys: Oslo 1, the 40-year survey in Oslo, the county surveys, the nationwide surveys of 40-year-olds and TROFINN.',
    ),
  },
  {
    key: 'donors-blood-donors',
    title: ['Givere som var blodgivere', 'Donors who were blood donors'],
    slug: ['givere-som-var-blodgivere', 'donors-who-were-blood-donors'],
    value: 28_890,
    unit: ['personer', 'people'],
    date: NOT_STATED,
    source: 'janusMaterial',
    note: undatedSourceNote('Om lag 10 prosent av giverne: blodgivere i Røde Kors i og rundt Oslo.', 'About 10% of the donors: Red Cross blood donors in and around Oslo.'),
  },
  {
    key: 'post-diagnostic-samples',
    title: ['Givere med prøver tatt etter diagnosen', 'Donors with samples taken after diagnosis'],
    slug: ['prover-tatt-etter-diagnosen', 'samples-taken-after-diagnosis'],
    value: t('om lag 3 500', 'about 3,500'),
    date: NOT_STATED,
    source: 'janusMaterial',
    note: undatedSourceNote(
      'Senere prøver tatt etter diagnosen ved Det Norske Radiumhospital. Kilden gir et avrundet tall.',
      'Later samples taken after diagnosis at the Norwegian Radium Hospital. The source gives a rounded figure.',
    ),
  },
  {
    key: 'vials',
    title: ['Prøverør', 'Vials'],
    slug: ['proveror', 'vials'],
    value: 674_386,
    unit: ['prøverør', 'vials'],
    date: NOT_STATED,
    source: 'nciJanus',
    note: undatedSourceNote(
      'Fra NCI Cohort Consortiums oversikt, som også oppgir 316 951 givere og derfor trolig er eldre enn tallet 318 628.',
      "From the NCI Cohort Consortium listing, which also gives 316,951 donors and so probably predates the 318,628 figure.",
    ),
  },
  {
    key: 'blood-draws',
    title: ['Blodprøvetakinger', 'Blood draws'],
    slug: ['blodprovetakinger', 'blood-draws'],
    value: 452_376,
    unit: ['prøvetakinger', 'blood draws'],
    date: NOT_STATED,
    source: 'nciJanus',
    note: undatedSourceNote('Fra NCI Cohort Consortiums oversikt.', 'From the NCI Cohort Consortium listing.'),
  },
  ...cancerCaseSeries.map(({ year, cases, note }): FactInput => ({
    key: `cancer-cases-${year}`,
    title: [`Krefttilfeller blant giverne per 31.12.${year}`, `Cancer cases among donors, 31 Dec ${year}`],
    slug: [`krefttilfeller-blant-giverne-${year}`, `cancer-cases-among-donors-${year}`],
    value: cases,
    unit: ['krefttilfeller', 'cancer cases'],
    series: 'cancer-cases-among-donors',
    date: { kind: 'describes', day: `${year}-12-31` },
    source: 'janusCancerStatistics',
    attribution: 'inferred',
    note: caseSeriesNote(...(note ?? ['', ''])),
  })),
]

/**
 * Janus Serum Bank facts, one document per fact. Cancer cases among donors change every
 * year and form a dated series; the other figures describe the collection itself.
 */
export const biobankFacts: readonly SeedDocument<'biobank-facts'>[] = facts.map((fact, index) => janusFact(fact, index + 1))
