import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { migrations } from '../../migrations'
import { assertCurrentDatabaseFormat } from './databaseFormat'

/** Which adapter a connection string selects. */
export type DatabaseKind = 'sqlite' | 'mongodb'

export function databaseKind(uri: string): DatabaseKind {
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  if (uri.startsWith('file:')) return 'sqlite'
  throw new Error(`Unsupported DATABASE_URI "${uri}": use file:… (SQLite) or mongodb://… (MongoDB)`)
}

/**
 * The single seam between Payload and a database. Everything adapter-specific
 * (file creation, migrations, transactions) stays in this file.
 */
export function createDatabaseAdapter(uri: string): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') {
    // Transactions need a replica set (docker-compose runs a single-node one).
    return mongooseAdapter({ url: uri, transactionOptions: {} })
  }
  ensureSqliteDirectory(uri)
  return refusingLegacyDatabases(uri, sqliteAdapter({
    client: { url: uri },
    // WAL lets readers proceed during writes and halves seed time; NORMAL sync is the
    // SQLite-recommended pairing with WAL. Wait briefly instead of failing on a lock
    // (e.g. `npm run seed` while the CMS runs).
    wal: { synchronous: 'NORMAL', journalSizeLimit: 64 * 1024 * 1024 },
    busyTimeout: 5000,
    // Text ids (UUIDs), the shape MongoDB hands out too: no code outside this seam may
    // assume ids are numbers, and every suite on the embedded default proves it.
    idType: 'uuid',
    // Committed migrations create the schema deterministically when `next start`
    // runs in production (dev and tests push the schema instead).
    migrationDir: path.resolve(process.cwd(), 'migrations'),
    prodMigrations: migrations,
  }))
}

/**
 * Checks the SQLite file's format before Payload connects: a database made before ids became
 * text would otherwise be rewritten by the development schema push or half-migrated in
 * production. It is refused untouched, with the commands that keep its content
 * (db/databaseFormat.ts).
 */
function refusingLegacyDatabases(uri: string, adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  const known = migrations.map((migration) => migration.name)
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const connect = instance.connect
      instance.connect = async function (this: typeof instance, options) {
        await assertCurrentDatabaseFormat(uri, known)
        return connect?.call(this, options)
      }
      return instance
    },
  }
}

function ensureSqliteDirectory(uri: string): void {
  const filePath = uri.replace(/^file:(\/\/)?/, '')
  if (filePath === ':memory:' || filePath === '') return
  fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
}

/**
 * Gives SQLite's query planner statistics about the data (`ANALYZE`, sampled: `analysis_limit`
 * keeps it to milliseconds on large tables). Without them SQLite cannot tell that a slug is more
 * selective than `_status`, and answered a read by slug by walking every published row in sort
 * order (docs/benchmarks.md, "Scale"). Run when the CMS starts and daily by the maintenance
 * queue (jobs/refreshPlannerStatistics.ts). MongoDB's planner measures candidate plans itself.
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client: { executeMultiple: (sql: string) => Promise<void> } }).client
  await client.executeMultiple('PRAGMA analysis_limit = 1000; ANALYZE;')
}
