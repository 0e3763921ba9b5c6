import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createApiContent } from '../helpers/apiContent'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { pngImage } from '../helpers/fixtures'

/**
 * `npm run backup` while the CMS runs → damage → CMS stopped → `npm run restore`: every
 * table (collections, globals, versions, locales, relationships) and every media file is
 * identical to the moment of the backup. The commands are the README's, run as scripts.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
const run = promisify(execFile)
let booted: BootedPayload
let databaseFile: string
let workDir: string

beforeAll(async () => {
  // No background jobs: the database must hold still between the reference dump and the backup.
  process.env.JOBS_AUTORUN = 'false'
  booted = await bootPayload('backup-restore')
  databaseFile = booted.database.uri.replace(/^file:/, '')
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-backup-test-'))
}, 120_000)
afterAll(async () => {
  fs.rmSync(workDir, { recursive: true, force: true })
  booted.database.cleanup()
  fs.rmSync(booted.mediaDir, { recursive: true, force: true })
})

/** Every row of every table, in storage order: what "identical" means for the database. */
async function dumpDatabase(file: string): Promise<Record<string, unknown[]>> {
  const client = createClient({ url: `file:${file}` })
  const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
  const dump: Record<string, unknown[]> = {}
  for (const { name } of tables.rows) {
    const rows = await client.execute(`SELECT * FROM "${String(name)}" ORDER BY rowid`)
    dump[String(name)] = rows.rows.map((row) => ({ ...row }))
  }
  client.close()
  return dump
}

function mediaHashes(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {}
  for (const name of fs.readdirSync(dir).sort()) hashes[name] = createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex')
  return hashes
}

const scriptEnv = (extra: Record<string, string> = {}) => ({ ...process.env, DATABASE_URI: booted.database.uri, MEDIA_DIR: booted.mediaDir, ...extra })

describe('backup and restore (SQLite)', () => {
  it('round-trips every collection, global, version and media file losslessly', async () => {
    if (booted.database.kind !== 'sqlite') return expect(booted.database.kind).toBe('mongodb') // MongoDB: mongodump/mongorestore, see README
    const { payload } = booted
    const content = await createApiContent(payload)
    // A published document with a newer draft, a global, and media files.
    await payload.update({ collection: 'projects', id: content.project.id, data: { title: 'Utkast etter publisering' }, draft: true })
    await payload.updateGlobal({ slug: 'research-overview', data: { title: 'Forskning', goals: [{ goal: 'Mål for sikkerhetskopi' }], _status: 'published' } as never })
    await payload.updateGlobal({ slug: 'research-overview', data: { goals: [{ goal: 'Nytt mål, ikke publisert' }] } as never, draft: true })
    for (const name of ['forside.png', 'portrett.png']) {
      await payload.create({
        collection: 'media',
        data: { altNb: `Illustrasjon til ${name.replace('.png', '')}`, altEn: `Illustration for ${name.replace('.png', '')}` },
        file: { data: await pngImage(120, 80), mimetype: 'image/png', name, size: 0 },
        locale: 'nb',
      })
    }
    const atBackup = await dumpDatabase(databaseFile)
    const mediaAtBackup = mediaHashes(booted.mediaDir)
    expect(Object.keys(mediaAtBackup).length).toBeGreaterThanOrEqual(2)
    // The dump covers what matters: documents, versions (drafts), globals and their versions.
    for (const table of ['projects', '_projects_v', 'research_overview', '_research_overview_v', 'media']) {
      expect({ table, rows: (atBackup[table] ?? []).length > 0, tables: table in atBackup ? [] : Object.keys(atBackup) }).toEqual({ table, rows: true, tables: [] })
    }

    const archive = path.join(workDir, 'backup.tar.gz')
    await run('node', [path.join(repoRoot, 'packages/launcher/src/backup.mjs'), archive], { env: scriptEnv(), cwd: repoRoot })
    expect(fs.statSync(archive).size).toBeGreaterThan(0)

    // Damage: edits, a deletion, a broken and a missing media file.
    await payload.update({ collection: 'projects', id: content.project.id, data: { title: 'Skadet', _status: 'published' } })
    await payload.delete({ collection: 'key-figures', id: content.keyFigure.id })
    const [firstMedia, secondMedia] = Object.keys(mediaAtBackup)
    fs.writeFileSync(path.join(booted.mediaDir, String(firstMedia)), 'not an image')
    fs.rmSync(path.join(booted.mediaDir, String(secondMedia)))
    expect(await dumpDatabase(databaseFile)).not.toEqual(atBackup)

    // Refused while a CMS answers at CMS_URL.
    const running = http.createServer((_request, response) => response.end('{"status":"ok"}'))
    await new Promise<void>((resolve) => running.listen(0, '127.0.0.1', resolve))
    const runningUrl = `http://127.0.0.1:${(running.address() as AddressInfo).port}`
    const refused = await run('node', [path.join(repoRoot, 'packages/launcher/src/restore.mjs'), archive], { env: scriptEnv({ CMS_URL: runningUrl }), cwd: repoRoot }).catch((error: { code: number; stderr: string }) => error)
    await new Promise((resolve) => running.close(resolve))
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/CMS is running/) })

    // Stop the CMS, restore, and compare.
    await payload.destroy()
    const stopped = `http://127.0.0.1:${(running.address() as AddressInfo | null)?.port ?? 9}`
    await run('node', [path.join(repoRoot, 'packages/launcher/src/restore.mjs'), archive], { env: scriptEnv({ CMS_URL: stopped }), cwd: repoRoot })
    expect(await dumpDatabase(databaseFile)).toEqual(atBackup)
    expect(mediaHashes(booted.mediaDir)).toEqual(mediaAtBackup)
  }, 180_000)
})
