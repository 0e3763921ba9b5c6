import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import { drizzle } from 'drizzle-orm/libsql'

import * as contentApi from '../fixtures/integer-id-migrations/20261128_231850_content_api'
import * as editorialWorkflow from '../fixtures/integer-id-migrations/20261128_231149_editorial_workflow'
import * as initial from '../fixtures/integer-id-migrations/20261128_230157_initial'

/**
 * A cms.db made before ids became text: the committed migrations of that version (kept as
 * fixtures, byte for byte from git) build a real old-format file with an editor's department in it.
 * The CMS must refuse it untouched, say what to do, and the export command must get the content out.
 */
const OLD_MIGRATIONS = [
  ['20261128_230157_initial', initial],
  ['20261128_231149_editorial_workflow', editorialWorkflow],
  ['20261128_231850_content_api', contentApi],
] as const

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-legacy-db-'))
const file = path.join(dir, 'cms.db')
const uri = `file:${file}`
// Before any module of the CMS loads: src/env.ts reads the environment once (the migrations index
// already imports it through the webhook-secrets migration), and Payload must boot on this file.
process.env.DATABASE_URI = uri
process.env.SEED_ON_START = 'false'
process.env.PAYLOAD_SECRET = 'test-secret-for-integration-suites-only'
process.env.MEDIA_DIR = path.join(dir, 'media')
const hashOf = (target: string) => createHash('sha256').update(fs.readFileSync(target)).digest('hex')
const repoRoot = path.resolve(import.meta.dirname, '../../../..')

beforeAll(async () => {
  const client = createClient({ url: uri })
  const db = drizzle(client)
  for (const [name, migration] of OLD_MIGRATIONS) {
    await migration.up({ db, payload: undefined, req: undefined } as unknown as MigrateUpArgs)
    await client.execute({ sql: 'INSERT INTO payload_migrations (name, batch) VALUES (?, 1)', args: [name] })
  }
  await client.execute(`INSERT INTO departments (id, kind, "order", _status) VALUES (1, 'research', 1, 'published')`)
  await client.execute(`INSERT INTO departments_locales (title, slug, _locale, _parent_id) VALUES ('Redaktørens avdeling', 'redaktorens-avdeling', 'nb', 1)`)
  client.close()
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('a database made before text ids', () => {
  it('is recognised by its integer ids, and its old migrations are named', async () => {
    const { readDatabaseFormat } = await import('../../src/db/databaseFormat')
    const { migrations } = await import('../../migrations')
    const format = await readDatabaseFormat(uri, migrations.map((migration) => migration.name))
    expect(format.integerIdTables).toEqual(['users', 'departments', 'projects'])
    expect(format.unknownMigrations).toEqual(OLD_MIGRATIONS.map(([name]) => name))
  })

  it('is refused when Payload starts on it, untouched, with the commands that keep its content', async () => {
    const before = hashOf(file)
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../src/payload.config')
    const boot = getPayload({ config })
    await expect(boot).rejects.toMatchObject({ name: 'LegacyDatabaseError' })
    const message = await boot.catch((error: unknown) => (error instanceof Error ? error.message : String(error)))
    expect(message).toContain(`The database ${file} was made by an earlier version of the CMS (integer ids in users, departments, projects`)
    expect(message).toContain(`npm run export:legacy -- ${file} legacy-content.json`)
    expect(message).toContain(`mv ${file} ${file}.before-text-ids`)
    expect(message).toContain('npm start')
    expect(hashOf(file)).toBe(before)
  })

  it('gives up its content to `npm run export:legacy`', async () => {
    const out = path.join(dir, 'legacy-content.json')
    const before = hashOf(file)
    const { stdout } = await promisify(execFile)('node', [path.join(repoRoot, 'packages/launcher/src/exportLegacy.mjs'), file, out], { cwd: repoRoot })
    expect(stdout).toMatch(/^Wrote \d+ rows from \d+ tables of /)
    const exported = JSON.parse(fs.readFileSync(out, 'utf8')) as { tables: Record<string, Record<string, unknown>[]> }
    expect(exported.tables.departments_locales).toEqual([expect.objectContaining({ title: 'Redaktørens avdeling', slug: 'redaktorens-avdeling', _locale: 'nb', _parent_id: 1 })])
    expect(exported.tables.payload_migrations?.map((row) => row.name)).toEqual(OLD_MIGRATIONS.map(([name]) => name))
    expect(hashOf(file)).toBe(before)
  })
})

describe('a database in the current format', () => {
  it('passes the check (a fresh file, and one with text ids)', async () => {
    const { readDatabaseFormat } = await import('../../src/db/databaseFormat')
    const fresh = `file:${path.join(dir, 'fresh.db')}`
    expect(await readDatabaseFormat(fresh, [])).toEqual({ integerIdTables: [], unknownMigrations: [] })
    const client = createClient({ url: fresh })
    await client.execute('CREATE TABLE users (id text(36) PRIMARY KEY NOT NULL)')
    client.close()
    expect(await readDatabaseFormat(fresh, [])).toEqual({ integerIdTables: [], unknownMigrations: [] })
  })
})
