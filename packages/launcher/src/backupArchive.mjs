// What `npm run backup` and `npm run restore` share: where the content lives, and the archive's layout.
//
// An archive is one gzipped tar with:
//   manifest.json   format, database kind, creation time, SHA-256 and size of every file below
//   database.sqlite a consistent copy of the SQLite database (VACUUM INTO: committed WAL pages included)
//   database.mongodump  (MongoDB) the output of `mongodump --archive --gzip`
//   media/…         the uploaded files (MEDIA_DIR)
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { repoRoot } from './servers.mjs'

export const ARCHIVE_FORMAT = 'crn-cms-backup/1'

/** The content `npm start` serves: DATABASE_URI and MEDIA_DIR as the CMS resolves them. */
export function contentLocations(env = process.env) {
  const databaseUri = env.DATABASE_URI ?? `file:${path.join(repoRoot, 'apps/cms/data/cms.db')}`
  const mediaDir = path.resolve(path.join(repoRoot, 'apps/cms'), env.MEDIA_DIR ?? 'data/media')
  const kind = databaseUri.startsWith('mongodb://') || databaseUri.startsWith('mongodb+srv://') ? 'mongodb' : 'sqlite'
  const databaseFile = kind === 'sqlite' ? path.resolve(path.join(repoRoot, 'apps/cms'), databaseUri.replace(/^file:(\/\/)?/, '')) : null
  return { databaseUri, databaseFile, mediaDir, kind }
}

/** The SQLite client Payload's adapter uses (libSQL), resolved from the CMS workspace. */
export function sqliteClient(file) {
  const require = createRequire(path.join(repoRoot, 'apps/cms/package.json'))
  const { createClient } = require('@libsql/client')
  return createClient({ url: `file:${file}` })
}

/** Every file below `dir`, as paths relative to it, sorted. */
export function listFiles(dir, base = dir) {
  if (!fs.existsSync(dir)) return []
  const files = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) files.push(...listFiles(full, base))
    else if (entry.isFile()) files.push(path.relative(base, full))
  }
  return files.sort()
}

export function sha256File(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

/** Runs a command quietly; rejects with its stderr when it fails. */
export function exec(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${stderr.trim()}`))))
  })
}

/** Whether the CMS answers on `url` (its health route). */
export async function cmsIsRunning(url) {
  try {
    await fetch(new URL('/api/health', url), { signal: AbortSignal.timeout(2000) })
    return true
  } catch {
    return false
  }
}
