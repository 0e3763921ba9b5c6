#!/usr/bin/env node
// `npm run restore -- <file>`: puts a backup's database and media back while the CMS is stopped.
// What it replaces is kept beside it (`*.before-restore-<time>`); the site's page cache is
// cleared so the next `npm start` serves exactly the restored content.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ARCHIVE_FORMAT, cmsIsRunning, contentLocations, exec, listFiles, sha256File } from './backupArchive.mjs'
import { readEnvFile, localEnvPath } from './localEnv.mjs'
import { clearWebCacheOf } from './servers.mjs'

const source = process.argv[2]
if (!source) {
  console.error('Usage: npm run restore -- <file.tar.gz>   (with the CMS stopped)')
  process.exit(2)
}
const archive = path.resolve(process.env.INIT_CWD ?? process.cwd(), source)
const cmsUrl = process.env.CMS_URL ?? readEnvFile(localEnvPath).CMS_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`
const { databaseUri, databaseFile, mediaDir, kind } = contentLocations()

function fail(message) {
  console.error(`Restore refused: ${message}`)
  process.exit(1)
}

if (!fs.existsSync(archive)) fail(`no archive at ${archive}.`)
if (await cmsIsRunning(cmsUrl)) fail(`the CMS is running at ${cmsUrl}. Stop it (Ctrl+C in its terminal), then restore.`)

const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-restore-'))
try {
  await exec('tar', ['-xzf', archive, '-C', staging])
  const manifestFile = path.join(staging, 'manifest.json')
  if (!fs.existsSync(manifestFile)) fail('the archive has no manifest.json: it is not a backup made by `npm run backup`.')
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
  if (manifest.format !== ARCHIVE_FORMAT) fail(`unknown archive format "${manifest.format}" (expected ${ARCHIVE_FORMAT}).`)
  if (manifest.database !== kind) fail(`the archive holds a ${manifest.database} database, but DATABASE_URI is ${kind}.`)
  const present = listFiles(staging).filter((file) => file !== 'manifest.json')
  const expected = Object.keys(manifest.files).sort()
  if (JSON.stringify(present) !== JSON.stringify(expected)) fail('the archive does not hold exactly the files its manifest lists.')
  for (const [file, { sha256 }] of Object.entries(manifest.files)) {
    if (sha256File(path.join(staging, file)) !== sha256) fail(`${file} is damaged (checksum mismatch).`)
  }

  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  if (kind === 'sqlite') {
    fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
    for (const suffix of ['', '-wal', '-shm']) {
      const current = `${databaseFile}${suffix}`
      if (fs.existsSync(current)) fs.renameSync(current, `${databaseFile}.before-restore-${stamp}${suffix}`)
    }
    fs.copyFileSync(path.join(staging, 'database.sqlite'), databaseFile)
    // The site-search index (apps/cms/src/search/sqliteSearchIndex.ts) is derived from the database and
    // lives beside it: removed here, it is rebuilt from the restored documents when the CMS starts.
    const searchIndexFile = /\.db$/i.test(databaseFile) ? databaseFile.replace(/\.db$/i, '.search.db') : `${databaseFile}.search`
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${searchIndexFile}${suffix}`, { force: true })
  } else {
    await exec('mongorestore', [`--uri=${databaseUri}`, `--archive=${path.join(staging, 'database.mongodump')}`, '--gzip', '--drop']).catch((error) => {
      fail(`mongorestore is needed for MongoDB restores (MongoDB Database Tools): ${error.message}`)
    })
  }
  if (fs.existsSync(mediaDir)) fs.renameSync(mediaDir, `${mediaDir}.before-restore-${stamp}`)
  fs.mkdirSync(mediaDir, { recursive: true })
  const stagedMedia = path.join(staging, 'media')
  for (const file of listFiles(stagedMedia)) {
    fs.mkdirSync(path.dirname(path.join(mediaDir, file)), { recursive: true })
    fs.copyFileSync(path.join(stagedMedia, file), path.join(mediaDir, file))
  }
  if (clearWebCacheOf(databaseUri)) console.log("Cleared the site's page cache: it showed the content before the restore.")
  console.log(`Restored the backup of ${manifest.createdAt}: the ${kind} database and ${listFiles(mediaDir).length} media files.`)
  console.log(`The replaced content is kept beside it (*.before-restore-${stamp}). Start with: npm start`)
} finally {
  fs.rmSync(staging, { recursive: true, force: true })
}
