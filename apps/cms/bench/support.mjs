// Shared pieces of the benchmarks (not a benchmark itself): build check, percentiles,
// timed requests, process-tree memory, and a seeded SQLite database that later
// benchmarks copy instead of seeding again (keeps `npm run bench` within a few minutes).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureNginx, startEdge } from '../../../packages/launcher/src/edge.mjs'
import { randomSecret, repoRoot, startCms, startWeb } from '../../../packages/launcher/src/servers.mjs'

export const BENCH_HOST = '127.0.0.1'

/** Throws a clear error when an app has no production build (the bench never builds). */
export function assertBuilt(...apps) {
  const missing = apps.filter((app) => !fs.existsSync(path.join(repoRoot, 'apps', app, '.next', 'BUILD_ID')))
  if (missing.length) {
    throw new Error(`Not built: ${missing.map((app) => `apps/${app}/.next`).join(', ')}. Run \`npm run build\` first (the benchmarks measure the built apps).`)
  }
}

/** Nearest-rank percentile of an ascending array. */
export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]

/** p50/p95/max (ms, rounded) of a list of durations. */
export function stats(durations) {
  const sorted = [...durations].sort((a, b) => a - b)
  const round = (value) => Math.round(value * 10) / 10
  return { n: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1)) }
}

/** One request, body read fully; resolves with status, headers, body text and duration in ms. */
export async function timedFetch(url, init = {}) {
  const started = performance.now()
  const response = await fetch(url, { redirect: 'manual', ...init, signal: AbortSignal.timeout(30_000) })
  const body = await response.text()
  return { status: response.status, headers: response.headers, body, ms: performance.now() - started }
}

/** Prints one progress line (benchmarks are long; the reader should see them move). */
export const progress = (line) => process.stdout.write(`  ${line}\n`)

/** Removes a SQLite file and its WAL/SHM companions, and the search index beside it. */
export function removeDatabase(file) {
  // With the site-search index the CMS keeps beside it (apps/cms/src/search/sqliteSearchIndex.ts).
  const searchIndex = /\.db$/i.test(file) ? file.replace(/\.db$/i, '.search.db') : `${file}.search`
  for (const base of [file, searchIndex]) for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${base}${suffix}`, { force: true })
}

/** A fresh database file path under the OS temp folder. */
export const tempDatabaseFile = (name) => path.join(os.tmpdir(), `crn-bench-${name}-${process.pid}.db`)

/** A secret (≥ 32 chars) the CMS and the site of one benchmark share (REVALIDATE_SECRET, PREVIEW_SECRET). */
export const sharedSecret = () => randomSecret(32)

let seededTemplate

/**
 * A copy of a seeded database: the first call seeds one through a real CMS start on
 * `port` (then stops it), later calls in the same `npm run bench` just copy that file.
 */
export async function seededDatabaseCopy(name, port) {
  if (!seededTemplate || !fs.existsSync(seededTemplate)) {
    const template = tempDatabaseFile('template')
    removeDatabase(template)
    progress(`seeding a template database ${template} (built CMS on :${port})…`)
    const cms = await startCms({ port, databaseUri: `file:${template}`, quiet: true, timeoutMs: 180_000 })
    await cms.stop()
    seededTemplate = template
    process.once('exit', () => removeDatabase(template))
  }
  const file = tempDatabaseFile(name)
  removeDatabase(file)
  // The WAL may hold the last writes (the CMS stopped before a checkpoint): copy it along.
  for (const suffix of ['', '-wal']) {
    if (fs.existsSync(`${seededTemplate}${suffix}`)) fs.copyFileSync(`${seededTemplate}${suffix}`, `${file}${suffix}`)
  }
  return file
}

/** PIDs of every process in process group `pgid` (the server and its `next-server` child). */
export function processGroupMembers(pgid) {
  const members = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch (error) {
      if (error?.code === 'ENOENT' || error?.code === 'ESRCH') continue // exited meanwhile
      throw error
    }
    // Fields after the parenthesised command: state ppid pgrp …
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[2]) === pgid) members.push(Number(entry))
  }
  return members
}

/** Sum of VmRSS (bytes) over the members of process group `pgid`. */
export function processGroupRss(pgid) {
  let total = 0
  for (const pid of processGroupMembers(pgid)) {
    let status
    try {
      status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    } catch (error) {
      if (error?.code === 'ENOENT' || error?.code === 'ESRCH') continue
      throw error
    }
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)
    if (match) total += Number(match[1]) * 1024
  }
  return total
}

export const mib = (bytes) => Math.round(bytes / 1024 / 1024)

/**
 * Removes the built site's data-cache entries (apps/web/.next/cache/fetch-cache, kept on disk
 * across `next start` runs) for reads from `cmsOrigin` only — the benchmark's own CMS port —
 * so a "first render" really reads the CMS and a stale answer of an earlier run is not reused.
 * Entries for other origins (other people's test servers) are left alone.
 */
export function purgeSiteDataCacheFor(cmsOrigin) {
  const folder = path.join(repoRoot, 'apps/web/.next/cache/fetch-cache')
  if (!fs.existsSync(folder)) return 0
  const needle = `"url":"${cmsOrigin}/`
  let removed = 0
  for (const entry of fs.readdirSync(folder)) {
    const file = path.join(folder, entry)
    let text
    try {
      text = fs.readFileSync(file, 'utf8')
    } catch (error) {
      if (error?.code === 'ENOENT' || error?.code === 'EISDIR') continue
      throw error
    }
    if (text.includes(needle)) {
      fs.rmSync(file, { force: true })
      removed += 1
    }
  }
  return removed
}

/**
 * Removes the built site's stored renders (apps/web/.next/server/route-cache, kept on disk
 * across `next start` runs) of exactly `pagePaths` (e.g. '/en/research'), so the benchmark's
 * "first render" is one. Other pages are left alone.
 */
export function purgeSiteRenders(pagePaths) {
  const folder = path.join(repoRoot, 'apps/web/.next/server/route-cache/APP_PAGE')
  if (!fs.existsSync(folder)) return 0
  let removed = 0
  for (const routeHash of fs.readdirSync(folder)) {
    for (const pagePath of pagePaths) {
      const base = path.join(folder, routeHash, '$', ...pagePath.split('/').filter(Boolean))
      for (const file of [`${base}.html`, `${base}.rsc`, `${base}.meta`, `${base}.segments`]) {
        if (!fs.existsSync(file)) continue
        fs.rmSync(file, { recursive: true, force: true })
        if (file.endsWith('.html')) removed += 1
      }
    }
  }
  return removed
}

/**
 * The edge (deploy/edge/, Debian nginx) in front of a benchmark's CMS and site, on `cmsPort` /
 * `webPort`, with its own prefix under the OS temp folder (removed by `stop`).
 */
export async function startBenchEdge({ cms, web, cmsPort, webPort, name }) {
  const nginx = ensureNginx({ install: false })
  if (nginx.problem) throw new Error(nginx.problem)
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), `crn-bench-edge-${name}-`))
  const edge = await startEdge({
    prefix,
    host: BENCH_HOST,
    cmsPort,
    webPort,
    cmsUpstreams: [new URL(cms.url).host],
    webUpstreams: [new URL(web.url).host],
    cmsOrigin: `http://${BENCH_HOST}:${cmsPort}`,
    quiet: true,
  })
  return {
    ...edge,
    stop: async () => {
      await edge.stop()
      fs.rmSync(prefix, { recursive: true, force: true })
    },
  }
}

/**
 * The built CMS (on a copy of the seeded database) and site, and the edge in front of them, as the
 * public sees them: the apps know the edge's addresses as their own. `servers` lists what to stop,
 * last started first; stop them even when this throws halfway (it leaves what it started in `servers`).
 * @param {{ name: string, databaseFile: string, cmsPort: number, webPort: number, edgeCmsPort: number, edgeWebPort: number, servers: Array<{ stop(): Promise<void> }> }} options
 */
export async function startAppsBehindEdge({ name, databaseFile, cmsPort, webPort, edgeCmsPort, edgeWebPort, servers }) {
  const secret = sharedSecret()
  const previewSecret = sharedSecret()
  const edgeCmsUrl = `http://${BENCH_HOST}:${edgeCmsPort}`
  const edgeWebUrl = `http://${BENCH_HOST}:${edgeWebPort}`
  progress(`starting the built CMS on :${cmsPort}, the site on :${webPort}, the edge on :${edgeCmsPort}/:${edgeWebPort}…`)
  const cms = await startCms({
    port: cmsPort,
    databaseUri: `file:${databaseFile}`,
    quiet: true,
    env: { REVALIDATE_SECRET: secret, PREVIEW_SECRET: previewSecret, CMS_URL: edgeCmsUrl, WEB_URL: edgeWebUrl, WEB_INTERNAL_URL: `http://${BENCH_HOST}:${webPort}` },
  })
  servers.push(cms)
  const web = await startWeb({ port: webPort, cmsUrl: cms.url, quiet: true, env: { REVALIDATE_SECRET: secret, PREVIEW_SECRET: previewSecret, WEB_URL: edgeWebUrl } })
  servers.push(web)
  const edge = await startBenchEdge({ cms, web, cmsPort: edgeCmsPort, webPort: edgeWebPort, name })
  servers.push(edge)
  return { cms, web, edge, edgeCmsUrl, edgeWebUrl }
}
