import { t } from './bilingual'
import { day } from './dates'
import { ref, type Ref } from './refs'
import { type SourceName, sources } from './sources'
import type { SeedDocument } from './types'

type Pair = [nb: string, en: string]

/** What a source states about its own date, where the fact sheet records it. */
const sourceDates: Partial<Record<SourceName, { published?: string; dateNote?: Pair }>> = {
  aboutRegistry: { published: '2018-10-22' },
  omKreftregisteret: { published: '2017-08-24' },
  etiology: { published: '2020-09-24' },
  analysisAndResearch: {
    dateNote: [
      'Siden er datert «10/12/2021»; det går ikke fram om det er 10. desember eller 12. oktober.',
      'The page is dated "10/12/2021"; it does not say whether that is 10 December or 12 October.',
    ],
  },
  janus: { published: '2023-04-27' },
  janusMaterial: { dateNote: ['Siden oppgir ingen dato.', 'The page gives no date.'] },
  janusOlderPage: { dateNote: ['Eldre versjon av den engelske siden; datoen er ikke kjent.', 'An older version of the English page; its date is not known.'] },
  nciJanus: { dateNote: ['Oversikten oppgir ingen dato.', 'The listing gives no date.'] },
  personalisedScreening: {
    published: '2019-06-25',
    dateNote: ['Publisert 28.08.2017, sist oppdatert 25.06.2019.', 'Published 28.08.2017, last updated 25.06.2019.'],
  },
  newsInEnglish2018: { published: '2018-10-31' },
  cancerStatistics: { published: '2020-11-13' },
  keyFiguresOlder: {
    dateNote: [
      'Faktaarket siterer denne og den nyere nøkkeltallsiden for hele rader, uten å koble år og side.',
      'The fact sheet cites this and the newer key-figures page for whole rows, without pairing years with pages.',
    ],
  },
  keyFigures: {
    dateNote: [
      'Faktaarket siterer denne og den eldre nøkkeltallsiden for hele rader, uten å koble år og side.',
      'The fact sheet cites this and the older key-figures page for whole rows, without pairing years with pages.',
    ],
  },
}

/** "Kreftregisteret: Janus Serum Bank" → publisher "Kreftregisteret", title "Janus Serum Bank". */
function splitPublisher(fullTitle: string): { publisher?: string; title: string } {
  const match = /^([^:]{2,40}): (.+)$/.exec(fullTitle)
  return match ? { publisher: match[1], title: match[2] ?? fullTitle } : { title: fullTitle }
}

/** The seed key of a source document (`janusMaterial` → `source-janus-material`). */
export const sourceKey = (name: SourceName) => `source-${name.replace(/([a-z])([A-Z0-9])/g, '$1-$2').toLowerCase()}`

/** A reference to the `sources` document of a named source (for a figure's or status's `source`). */
export const sourceRef = (name: SourceName): Ref<'sources'> => ref('sources', sourceKey(name))

/**
 * One `sources` document per source in `sources.ts`: figures and statuses cite these.
 * Dates are only those the fact sheet records for the page; none is the day we read it.
 */
export const sourceDocuments: readonly SeedDocument<'sources'>[] = (Object.keys(sources) as SourceName[]).map((name) => {
  const { publisher, title } = splitPublisher(sources[name].title)
  const dates = sourceDates[name]
  return {
    seedKey: sourceKey(name),
    data: {
      title,
      publisher,
      url: sources[name].url,
      publishedDate: dates?.published ? day(dates.published) : undefined,
      dateNote: dates?.dateNote ? t(...dates.dateNote) : undefined,
    },
  }
})
