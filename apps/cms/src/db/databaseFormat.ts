import { createClient } from '@libsql/client'

/**
 * Databases made before ids became text (integer ids, the migrations of 28 Nov 2026) cannot be
 * opened by this version: the schema push of development would rewrite their tables and the
 * committed migrations do not apply to them. The CMS refuses them before touching anything.
 */
export class LegacyDatabaseError extends Error {
  override name = 'LegacyDatabaseError'
}

/** Tables every Payload document collection here has; their `id` column tells the id type. */
const PROBE_TABLES = ['users', 'departments', 'projects'] as const

export interface DatabaseFormat {
  /** Document tables whose ids are integers (empty for a database in the current format). */
  integerIdTables: string[]
  /** Migrations recorded in the file that this version does not know (reported, not a reason to refuse on their own). */
  unknownMigrations: string[]
}

/** Reads what the SQLite file at `uri` was made with. A missing or empty file is in the current format. */
export async function readDatabaseFormat(uri: string, knownMigrations: readonly string[]): Promise<DatabaseFormat> {
  const client = createClient({ url: uri })
  try {
    const tables = new Set((await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table'`)).rows.map((row) => String(row.name)))
    const integerIdTables: string[] = []
    for (const table of PROBE_TABLES.filter((name) => tables.has(name))) {
      const columns = await client.execute(`PRAGMA table_info(\`${table}\`)`)
      const id = columns.rows.find((column) => column.name === 'id')
      if (id && String(id.type).toLowerCase() === 'integer') integerIdTables.push(table)
    }
    const recorded = tables.has('payload_migrations')
      ? (await client.execute(`SELECT name FROM payload_migrations WHERE name <> 'dev'`)).rows.map((row) => String(row.name))
      : []
    return { integerIdTables, unknownMigrations: recorded.filter((name) => !knownMigrations.includes(name)) }
  } finally {
    client.close()
  }
}

/** The message an editor or operator sees, with the exact commands to keep the content and start afresh. */
export function legacyDatabaseMessage(uri: string, format: DatabaseFormat): string {
  const file = uri.replace(/^file:(\/\/)?/, '')
  const found = [
    `integer ids in ${format.integerIdTables.join(', ')}`,
    format.unknownMigrations.length ? `migrations ${format.unknownMigrations.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join('; ')
  return [
    `The database ${file} was made by an earlier version of the CMS (${found}).`,
    'This version uses text ids (the shape MongoDB uses too) and will not open it: nothing in it has been changed.',
    '',
    'Keep the editors\' content and start on a fresh database:',
    `  1. npm run export:legacy -- ${file} legacy-content.json   # every table of the old file as JSON, nothing left out`,
    `  2. mv ${file} ${file}.before-text-ids                       # keep the old file`,
    '  3. npm start                                               # creates the database in the new format and seeds it',
    'Then re-enter what editors changed since the seed (legacy-content.json lists it per table), or ask a developer to import it.',
  ].join('\n')
}

/** Refuses (throws LegacyDatabaseError) when the SQLite file at `uri` is in a format this version cannot open. */
export async function assertCurrentDatabaseFormat(uri: string, knownMigrations: readonly string[]): Promise<void> {
  const format = await readDatabaseFormat(uri, knownMigrations)
  if (format.integerIdTables.length > 0) throw new LegacyDatabaseError(legacyDatabaseMessage(uri, format))
}
