import { createClient, type Client, type InStatement } from '@libsql/client'

import type { Locale } from '@crn/content-client'

import type { SearchableCollection, SearchEntry, SearchHit, SearchIndex } from './searchIndex'
import { queryWords } from './searchTerms'

/** Title matches weigh ten times a body match in bm25. */
const TITLE_WEIGHT = 10

/**
 * SQLite FTS5 (compiled into libSQL): an inverted index, so a query reads the posting lists
 * of its terms, never every document, and `bm25()` ranks the matches. It lives in its own
 * file next to the CMS database (`cms.db` → `cms.search.db`): it is derived data, and tables
 * that Payload's schema does not know would be offered for dropping by the dev-mode schema push.
 */
export class SqliteSearchIndex implements SearchIndex {
  private readonly client: Client
  private ready: Promise<void> | undefined

  constructor(url: string) {
    this.client = createClient({ url })
  }

  private schema(): Promise<void> {
    this.ready ??= this.client
      .executeMultiple(
        `PRAGMA journal_mode = WAL;
         PRAGMA busy_timeout = 5000;
         PRAGMA synchronous = NORMAL;
         CREATE TABLE IF NOT EXISTS search_documents (
           entry INTEGER PRIMARY KEY, collection TEXT NOT NULL, doc_id TEXT NOT NULL, locale TEXT NOT NULL,
           UNIQUE (collection, doc_id, locale));
         CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4');`,
      )
      .then(() => undefined)
    return this.ready
  }

  async replace(collection: SearchableCollection, id: string, entries: SearchEntry[]): Promise<void> {
    await this.schema()
    const statements: InStatement[] = [
      { sql: 'DELETE FROM search_text WHERE rowid IN (SELECT entry FROM search_documents WHERE collection = ? AND doc_id = ?)', args: [collection, id] },
      { sql: 'DELETE FROM search_documents WHERE collection = ? AND doc_id = ?', args: [collection, id] },
    ]
    for (const entry of entries) {
      statements.push({ sql: 'INSERT INTO search_documents (collection, doc_id, locale) VALUES (?, ?, ?)', args: [collection, id, entry.locale] })
      statements.push({ sql: 'INSERT INTO search_text (rowid, title, body) VALUES (last_insert_rowid(), ?, ?)', args: [entry.title, entry.body] })
    }
    await this.client.batch(statements, 'write')
  }

  async search(query: string, locale: Locale, limitPerCollection: number): Promise<SearchHit[]> {
    const words = queryWords(query)
    if (words.length === 0) return []
    await this.schema()
    // Every word must match, as a prefix or through one of its compound parts. Terms are
    // letters and digits only, so quoting them is enough to keep FTS5 syntax out.
    const match = words
      .map((word) => `(${[`"${word.prefix}"*`, ...word.compoundParts.map((part) => `"${part}"`)].join(' OR ')})`)
      .join(' AND ')
    const result = await this.client.execute({
      // bm25() is only allowed in the statement that runs the MATCH, so the scores are materialised
      // before the window keeps the best `limitPerCollection` of each collection.
      sql: `WITH matches AS MATERIALIZED (
              SELECT d.collection, d.doc_id, -bm25(search_text, ${TITLE_WEIGHT}, 1) AS score
              FROM search_text JOIN search_documents d ON d.entry = search_text.rowid
              WHERE search_text MATCH ? AND d.locale = ?)
            SELECT collection, doc_id, score FROM (
              SELECT collection, doc_id, score, row_number() OVER (PARTITION BY collection ORDER BY score DESC) AS place FROM matches)
            WHERE place <= ? ORDER BY score DESC`,
      args: [match, locale, limitPerCollection],
    })
    return result.rows.map((row) => ({ collection: String(row.collection) as SearchableCollection, id: String(row.doc_id), score: Number(row.score) }))
  }

  async size(): Promise<number> {
    await this.schema()
    const result = await this.client.execute('SELECT count(*) AS n FROM search_documents')
    return Number(result.rows[0]?.n ?? 0)
  }

  async clear(): Promise<void> {
    await this.schema()
    await this.client.batch(['DELETE FROM search_text', 'DELETE FROM search_documents'], 'write')
  }

  async close(): Promise<void> {
    this.client.close()
  }
}

/** `file:…/cms.db` → `file:…/cms.search.db`: the index file next to the database it indexes. */
export function searchIndexUrl(databaseUri: string): string {
  const [location = databaseUri, query] = databaseUri.split('?', 2)
  const file = /\.db$/i.test(location) ? location.replace(/\.db$/i, '.search.db') : `${location}.search`
  return query ? `${file}?${query}` : file
}
