import type { Connection } from 'mongoose'

import type { Locale } from '@crn/content-client'

import type { SearchableCollection, SearchEntry, SearchHit, SearchIndex } from './searchIndex'
import { queryWords, searchTerms } from './searchTerms'

const COLLECTION = 'search_entries'
/** Candidates read per query before ranking: a bound, not a scan. */
const MAX_CANDIDATES = 500
const TITLE_WEIGHT = 10

interface StoredEntry {
  collection: SearchableCollection
  docId: string
  locale: Locale
  titleTerms: string[]
  bodyTerms: string[]
  terms: string[]
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * MongoDB: one `search_entries` document per document and locale with its terms in a multikey
 * index `{ locale, terms }`. A word matches by an anchored prefix regex (`^kreft`, which MongoDB
 * answers from the index as a range) or by its compound parts (`$in`, index lookups), the same
 * rules as the FTS5 index; the bounded candidates are ranked here (title matches weigh more,
 * whole-word matches more than prefix or compound-part matches). A `$text` index would not do:
 * it matches whole stemmed words only, so `kreft` would not find "kreftregisteret".
 */
export class MongoSearchIndex implements SearchIndex {
  private ready: Promise<void> | undefined

  constructor(private readonly connection: Connection) {}

  private get entries() {
    return this.connection.collection<StoredEntry>(COLLECTION)
  }

  private schema(): Promise<void> {
    this.ready ??= Promise.all([
      this.entries.createIndex({ locale: 1, terms: 1 }),
      this.entries.createIndex({ collection: 1, docId: 1 }),
    ]).then(() => undefined)
    return this.ready
  }

  async replace(collection: SearchableCollection, id: string, entries: SearchEntry[]): Promise<void> {
    await this.schema()
    await this.entries.deleteMany({ collection, docId: id })
    if (entries.length === 0) return
    await this.entries.insertMany(
      entries.map((entry) => {
        const titleTerms = searchTerms(entry.title)
        const bodyTerms = searchTerms(entry.body)
        return { collection, docId: id, locale: entry.locale, titleTerms, bodyTerms, terms: [...new Set([...titleTerms, ...bodyTerms])] }
      }),
    )
  }

  async search(query: string, locale: Locale, limitPerCollection: number): Promise<SearchHit[]> {
    const words = queryWords(query)
    if (words.length === 0) return []
    await this.schema()
    const candidates = await this.entries
      .find({
        locale,
        $and: words.map((word) => ({
          $or: [{ terms: { $regex: `^${escapeRegex(word.prefix)}` } }, ...(word.compoundParts.length ? [{ terms: { $in: word.compoundParts } }] : [])],
        })),
      })
      .limit(MAX_CANDIDATES)
      .toArray()
    const hits = candidates.map((entry) => ({ collection: entry.collection, id: entry.docId, score: score(entry, words) }))
    hits.sort((a, b) => b.score - a.score)
    const perCollection = new Map<SearchableCollection, number>()
    return hits.filter((hit) => {
      const count = (perCollection.get(hit.collection) ?? 0) + 1
      perCollection.set(hit.collection, count)
      return count <= limitPerCollection
    })
  }

  async size(): Promise<number> {
    return this.entries.estimatedDocumentCount()
  }

  async clear(): Promise<void> {
    await this.entries.deleteMany({})
  }

  async close(): Promise<void> {}
}

function score(entry: StoredEntry, words: ReturnType<typeof queryWords>): number {
  const termScore = (terms: string[], word: ReturnType<typeof queryWords>[number]) =>
    terms.reduce((sum, term) => sum + (term === word.prefix ? 3 : term.startsWith(word.prefix) ? 2 : word.compoundParts.includes(term) ? 1 : 0), 0)
  return words.reduce(
    (sum, word) => sum + (TITLE_WEIGHT * termScore(entry.titleTerms, word)) / Math.max(1, entry.titleTerms.length) + termScore(entry.bodyTerms, word) / Math.max(1, entry.bodyTerms.length),
    0,
  )
}
