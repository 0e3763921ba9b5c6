import type { Locale } from '@crn/content-client'

/** The collections the site's search covers. */
export const SEARCHABLE_COLLECTIONS = ['departments', 'sections', 'projects', 'people'] as const
export type SearchableCollection = (typeof SEARCHABLE_COLLECTIONS)[number]

export function isSearchableCollection(slug: string): slug is SearchableCollection {
  return (SEARCHABLE_COLLECTIONS as readonly string[]).includes(slug)
}

/** What the index holds for one published document in one locale. */
export interface SearchEntry {
  collection: SearchableCollection
  id: string
  locale: Locale
  /** Weighted above `body` in the ranking (a match in the title is worth more). */
  title: string
  body: string
}

/** One hit, best first within its collection. */
export interface SearchHit {
  collection: SearchableCollection
  id: string
  score: number
}

/**
 * The search index behind `GET /api/search`: derived data, rebuilt from the published
 * documents when empty, kept current by the content hooks (searchIndexHooks.ts). One
 * implementation per database (SQLite FTS5, MongoDB), chosen by openSearchIndex.ts.
 */
export interface SearchIndex {
  /** Replaces what the index holds for one document (every locale given); no entries removes it. */
  replace(collection: SearchableCollection, id: string, entries: SearchEntry[]): Promise<void>
  /** Ranked hits in one locale, at most `limitPerCollection` per collection. */
  search(query: string, locale: Locale, limitPerCollection: number): Promise<SearchHit[]>
  /** Number of entries (0 means: rebuild). */
  size(): Promise<number>
  /** Empties the index (before a rebuild). */
  clear(): Promise<void>
  close(): Promise<void>
}
