#!/usr/bin/env node
// `npm run backup -- <file>`: one archive with the database and the media, taken while the CMS runs.
// SQLite: `VACUUM INTO` writes a transactionally consistent copy (the WAL's committed pages
// included) without stopping writers. MongoDB: `mongodump --archive --gzip` (see README).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ARCHIVE_FORMAT, contentLocations, exec, listFiles, sha256File, sqliteClient } from './backupArchive.mjs'

const target = process.argv[2]
if (!target) {
  console.error('Usage: npm run backup -- <file.tar.gz>')
  process.exit(2)
}
const archive = path.resolve(process.env.INIT_CWD ?? process.cwd(), target)
const { databaseUri, databaseFile, mediaDir, kind } = contentLocations()
const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-backup-'))

try {
  // The database first: media files referenced by the copy already exist on disk (uploads write the file first).
  if (kind === 'sqlite') {
    if (!fs.existsSync(databaseFile)) throw new Error(`No database at ${databaseFile}: nothing to back up.`)
    const client = sqliteClient(databaseFile)
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ sql: 'VACUUM INTO ?', args: [path.join(staging, 'database.sqlite')] })
    client.close()
  } else {
    await exec('mongodump', [`--uri=${databaseUri}`, `--archive=${path.join(staging, 'database.mongodump')}`, '--gzip']).catch((error) => {
      throw new Error(`mongodump is needed for MongoDB backups (MongoDB Database Tools): ${error.message}`)
    })
  }
  const mediaFiles = listFiles(mediaDir)
  for (const file of mediaFiles) {
    fs.mkdirSync(path.dirname(path.join(staging, 'media', file)), { recursive: true })
    fs.copyFileSync(path.join(mediaDir, file), path.join(staging, 'media', file))
  }
  const files = {}
  for (const file of listFiles(staging)) files[file] = { sha256: sha256File(path.join(staging, file)), bytes: fs.statSync(path.join(staging, file)).size }
  const manifest = { format: ARCHIVE_FORMAT, database: kind, createdAt: new Date().toISOString(), files }
  fs.writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  fs.mkdirSync(path.dirname(archive), { recursive: true })
  await exec('tar', ['-czf', archive, '-C', staging, '.'])
  console.log(`Backup written to ${archive}: the ${kind} database and ${mediaFiles.length} media files.`)
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  fs.rmSync(staging, { recursive: true, force: true })
}
