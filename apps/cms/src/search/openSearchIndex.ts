import type { Payload } from 'payload'
import type { Connection } from 'mongoose'

import { env } from '../env'
import { MongoSearchIndex } from './mongoSearchIndex'
import { rebuildSearchIndex } from './searchableDocuments'
import type { SearchIndex } from './searchIndex'
import { searchIndexUrl, SqliteSearchIndex } from './sqliteSearchIndex'

const indexes = new WeakMap<Payload, SearchIndex>()

/** The search index that goes with the database Payload runs on (one per Payload instance). */
export function searchIndexFor(payload: Payload): SearchIndex {
  let index = indexes.get(payload)
  if (!index) {
    index =
      payload.db.name === 'mongoose'
        ? new MongoSearchIndex((payload.db as unknown as { connection: Connection }).connection)
        : new SqliteSearchIndex(searchIndexUrl(env.DATABASE_URI))
    indexes.set(payload, index)
  }
  return index
}

/** At start: an empty index (a new database, a deleted or restored index file) is rebuilt from the published documents. */
export async function ensureSearchIndex(payload: Payload): Promise<void> {
  const index = searchIndexFor(payload)
  if ((await index.size()) > 0) return
  const started = Date.now()
  const documents = await rebuildSearchIndex(payload, index)
  if (documents > 0) payload.logger.info(`search index rebuilt: ${documents} published documents in ${Date.now() - started} ms`)
}
