// Reads that stay fast as content grows: the same reads against the BUILT CMS and site, first on
// the seeded database (23 projects), then on one with BENCH_SCALE_PROJECTS (10,000) generated
// projects added by `npm run seed:large`, in one run. For each read: p50/p95 at both sizes and the
// ratio. Target per read: p95 at the large size ≤ 1.5 × p95 at the seeded size, or ≤ 25 ms more
// (the machine's noise floor). The sitemap must also be complete: every project in both locales.
//
// The large database takes minutes to generate; it is kept in the OS temp folder, named after the
// migrations, the generator and the collections, and reused by later runs (delete crn-bench-scale-*.db to rebuild).
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { run as runCommand } from '../../../packages/launcher/src/run.mjs'
import { repoRoot, startCms, startWeb } from '../../../packages/launcher/src/servers.mjs'
import { assertBuilt, progress, removeDatabase, seededDatabaseCopy, sharedSecret, stats, tempDatabaseFile, timedFetch } from './support.mjs'

const PROJECTS = Number(process.env.BENCH_SCALE_PROJECTS ?? 10_000)
const REQUESTS = Number(process.env.BENCH_SCALE_REQUESTS ?? 100)
const WARM_UP = 10
const TARGET_RATIO = 1.5
const NOISE_FLOOR_MS = 25
const cmsPort = Number(process.env.BENCH_SCALE_CMS_PORT ?? 3471)
const webPort = Number(process.env.BENCH_SCALE_WEB_PORT ?? 3472)

const GRAPHQL_LIST = 'query ScaleList { Projects(limit: 20) { totalDocs docs { id title slug lead startYear } } }'

/** The generated database for `PROJECTS`, named after what produced it (reused while those are unchanged). */
function largeDatabasePath() {
  const hash = crypto.createHash('sha256')
  for (const file of fs.readdirSync(path.join(repoRoot, 'apps/cms/migrations')).sort()) hash.update(file)
  for (const file of ['generateLargeContent.ts', 'seedLarge.ts']) hash.update(fs.readFileSync(path.join(repoRoot, 'apps/cms/src/seed/large', file)))
  // The collections and their fields' hooks shape what is stored (e.g. each document's complete locales).
  for (const folder of ['collections', 'fields']) {
    for (const file of fs.readdirSync(path.join(repoRoot, 'apps/cms/src', folder), { recursive: true }).map(String).sort()) {
      const full = path.join(repoRoot, 'apps/cms/src', folder, file)
      if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full))
    }
  }
  return path.join(os.tmpdir(), `crn-bench-scale-${PROJECTS}-${hash.digest('hex').slice(0, 12)}.db`)
}

async function prepareLargeDatabase() {
  const file = largeDatabasePath()
  if (fs.existsSync(file)) {
    progress(`reusing the generated database ${file}`)
    return file
  }
  const seeded = await seededDatabaseCopy('scale-large-base', cmsPort)
  const building = `${file}.building`
  removeDatabase(building)
  for (const suffix of ['', '-wal']) if (fs.existsSync(`${seeded}${suffix}`)) fs.renameSync(`${seeded}${suffix}`, `${building}${suffix}`)
  progress(`generating ${PROJECTS} projects into ${building} (npm run seed:large; several minutes on 2 cores)…`)
  const code = await runCommand('node', ['packages/launcher/src/seedLarge.mjs', '--projects', String(PROJECTS)], { env: { DATABASE_URI: `file:${building}` } })
  if (code !== 0) throw new Error(`npm run seed:large exited with ${code}`)
  for (const suffix of ['', '-wal']) if (fs.existsSync(`${building}${suffix}`)) fs.renameSync(`${building}${suffix}`, `${file}${suffix}`)
  removeDatabase(building)
  return file
}

function copyDatabase(from, name) {
  const file = tempDatabaseFile(name)
  removeDatabase(file)
  for (const suffix of ['', '-wal']) if (fs.existsSync(`${from}${suffix}`)) fs.copyFileSync(`${from}${suffix}`, `${file}${suffix}`)
  return file
}

const ok200 = (label) => (answer) => {
  if (answer.status !== 200) throw new Error(`${label} answered ${answer.status}: ${answer.body.slice(0, 300)}`)
}

/** WARM_UP untimed requests, then REQUESTS timed ones, one after another; `request(i)` may vary per request. */
async function measure(label, request, check) {
  for (let i = 0; i < WARM_UP; i += 1) check(await request(i))
  const durations = []
  for (let i = 0; i < REQUESTS; i += 1) {
    const answer = await request(WARM_UP + i)
    check(answer)
    durations.push(answer.ms)
  }
  const result = stats(durations)
  progress(`  ${label.padEnd(34)} p50 ${String(result.p50).padStart(7)} ms   p95 ${String(result.p95).padStart(7)} ms`)
  return result
}

/** Every read of the issue against one database; returns the stats per read and the sitemap's project URLs. */
async function measureSize(label, databaseFile) {
  const secret = sharedSecret()
  // The site refuses to render without a preview secret in production (as memory.mjs passes it).
  const previewSecret = sharedSecret()
  const servers = []
  try {
    progress(`${label}: starting the built CMS on :${cmsPort} and the built site on :${webPort}…`)
    const cms = await startCms({ port: cmsPort, databaseUri: `file:${databaseFile}`, quiet: true, timeoutMs: 300_000, env: { REVALIDATE_SECRET: secret, PREVIEW_SECRET: previewSecret, WEB_URL: `http://127.0.0.1:${webPort}`, JOBS_AUTORUN: 'false' } })
    servers.push(cms)
    const web = await startWeb({ port: webPort, cmsUrl: cms.url, contentSource: `bench-scale-${label}-${path.basename(databaseFile)}`, quiet: true, env: { REVALIDATE_SECRET: secret, PREVIEW_SECRET: previewSecret } })
    servers.push(web)

    const listing = await timedFetch(`${cms.url}/api/projects?limit=100&depth=0&sort=-createdAt&select[slug]=true`)
    ok200('project slugs')(listing)
    const { docs, totalDocs: projectCount } = JSON.parse(listing.body)
    const slugs = docs.map((doc) => doc.slug)
    const now = Date.now()
    const results = {}
    results.restList = await measure('REST list, default sort, depth 1', () => timedFetch(`${cms.url}/api/projects?limit=20&depth=1`), ok200('REST list'))
    results.restBySlug = await measure('REST by slug, depth 1', (i) => timedFetch(`${cms.url}/api/projects?limit=1&depth=1&where[slug][equals]=${encodeURIComponent(slugs[i % slugs.length])}`), (answer) => {
      ok200('REST by slug')(answer)
      if (JSON.parse(answer.body).docs.length !== 1) throw new Error('REST by slug found no project')
    })
    results.graphqlList = await measure(
      'GraphQL list',
      () => timedFetch(`${cms.url}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: GRAPHQL_LIST }) }),
      (answer) => {
        ok200('GraphQL')(answer)
        if (!(JSON.parse(answer.body).data?.Projects?.docs?.length > 0)) throw new Error(`GraphQL answered without projects: ${answer.body.slice(0, 200)}`)
      },
    )
    // A new position every request (within the last 90 days), as many consumers polling would ask.
    results.changeFeed = await measure('change feed, new cursor each request', (i) => timedFetch(`${cms.url}/api/changes?limit=50&since=${new Date(now - (i + 1) * 61_000 * 19).toISOString()}`), ok200('change feed'))
    const indexFirst = await timedFetch(`${web.url}/en/research/projects?page=2`)
    ok200('project index page 2')(indexFirst)
    progress(`  site project index page 2: first render ${Math.round(indexFirst.ms)} ms`)
    results.siteIndexPage2 = await measure('site project index, page 2', () => timedFetch(`${web.url}/en/research/projects?page=2`), ok200('project index page 2'))
    // A different query every request (a project acronym, CRN-<n>), so each one searches rather than
    // being answered from the site's data cache.
    results.siteSearch = await measure('site search (a new query each time)', (i) => timedFetch(`${web.url}/en/search?q=CRN-${i + 1}`), ok200('site search'))

    // The sitemap: the index and every child it lists. The first request builds it (timed apart).
    const readSitemap = async () => {
      const index = await timedFetch(`${web.url}/sitemap.xml`)
      ok200('sitemap index')(index)
      let ms = index.ms
      const bodies = []
      let unpackMs = 0
      for (const [, loc] of index.body.matchAll(/<loc>([^<]+)<\/loc>/g)) {
        // Children are gzip files (`N.xml.gz`). Timed: the site's answer, until its last byte is in.
        // Not timed: unpacking it here, which is the crawler's work and grows with the URLs the file
        // holds however the site serves it (reported apart as `unpackMs`).
        const started = performance.now()
        const response = await fetch(`${web.url}${new URL(loc).pathname}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000) })
        const bytes = Buffer.from(await response.arrayBuffer())
        const fetchedMs = performance.now() - started
        const unpackStarted = performance.now()
        const body = response.status === 200 && loc.endsWith('.gz') ? zlib.gunzipSync(bytes).toString('utf8') : bytes.toString('utf8')
        unpackMs += performance.now() - unpackStarted
        const child = { status: response.status, body, ms: fetchedMs }
        ok200(`sitemap ${loc}`)(child)
        ms += child.ms
        bodies.push(child.body)
      }
      return { status: 200, ms, unpackMs, body: bodies.join('\n') }
    }
    // Until the site has built its first copy, /sitemap.xml may answer 503 (by design, never 500): wait for it.
    let first
    for (const deadline = Date.now() + 120_000; ; ) {
      try {
        first = await readSitemap()
        break
      } catch (error) {
        if (Date.now() > deadline || !String(error.message).includes('answered 503')) throw error
        await new Promise((resolve) => setTimeout(resolve, 1000))
      }
    }
    const projectUrls = [...first.body.matchAll(/<loc>[^<]*\/(?:research\/projects|forskning\/prosjekter)\/[^<]+<\/loc>/g)].length
    progress(`  sitemap: first build ${Math.round(first.ms)} ms, ${projectUrls} project URLs for ${projectCount} projects (unpacking them here: ${Math.round(first.unpackMs)} ms, not counted)`)
    results.sitemap = await measure('sitemap (index + every child)', readSitemap, ok200('sitemap'))
    return { results, projectCount, projectUrls, sitemapFirstMs: Math.round(first.ms), indexFirstMs: Math.round(indexFirst.ms) }
  } finally {
    for (const server of servers.reverse()) await server.stop()
  }
}

const READS = [
  ['restList', 'REST list, default sort, depth 1'],
  ['restBySlug', 'REST by slug, depth 1'],
  ['graphqlList', 'GraphQL list'],
  ['changeFeed', 'change feed, new cursor each request'],
  ['siteIndexPage2', 'site project index, page 2'],
  ['siteSearch', 'site search'],
  ['sitemap', 'sitemap (complete)'],
]

export async function run() {
  assertBuilt('cms', 'web')
  const largeTemplate = await prepareLargeDatabase()
  const smallFile = await seededDatabaseCopy('scale-small', cmsPort)
  const largeFile = copyDatabase(largeTemplate, 'scale-large')
  try {
    const small = await measureSize('seeded', smallFile)
    const large = await measureSize(`${PROJECTS} projects`, largeFile)
    const rows = READS.map(([key, label]) => {
      const a = small.results[key]
      const b = large.results[key]
      const ratio = b.p95 / Math.max(a.p95, 0.1)
      const met = b.p95 <= a.p95 * TARGET_RATIO || b.p95 <= a.p95 + NOISE_FLOOR_MS
      return { key, label, small: a, large: b, ratio: Math.round(ratio * 100) / 100, met }
    })
    const sitemapComplete = large.projectUrls >= 2 * large.projectCount && large.projectCount >= PROJECTS
    console.log(`\n  ${'read'.padEnd(38)} ${'seeded p50/p95'.padStart(18)} ${`${PROJECTS} p50/p95`.padStart(18)}  ratio  target`)
    for (const row of rows) {
      console.log(`  ${row.label.padEnd(38)} ${`${row.small.p50} / ${row.small.p95}`.padStart(18)} ${`${row.large.p50} / ${row.large.p95}`.padStart(18)}  ${String(row.ratio).padStart(5)}  ${row.met ? 'met' : 'MISSED'}`)
    }
    console.log(`  site project index page 2, first render: ${small.indexFirstMs} ms seeded, ${large.indexFirstMs} ms at ${PROJECTS}`)
    console.log(`  sitemap at ${large.projectCount} projects: ${large.projectUrls} project URLs (${sitemapComplete ? 'complete' : 'INCOMPLETE'}), first build ${large.sitemapFirstMs} ms`)
    const report = { projects: PROJECTS, requests: REQUESTS, rows, sitemap: { projectCount: large.projectCount, projectUrls: large.projectUrls, firstBuildMs: large.sitemapFirstMs, seededFirstBuildMs: small.sitemapFirstMs }, indexFirstRenderMs: { seeded: small.indexFirstMs, large: large.indexFirstMs } }
    fs.writeFileSync(path.join(os.tmpdir(), 'crn-bench-scale.json'), JSON.stringify(report, null, 2))
    const missed = rows.filter((row) => !row.met).map((row) => row.label)
    return {
      ok: missed.length === 0 && sitemapComplete,
      summary:
        `${REQUESTS} requests per read at 23 and ${PROJECTS} projects; ` +
        rows.map((row) => `${row.label} p95 ${row.small.p95} → ${row.large.p95} ms (×${row.ratio})`).join('; ') +
        `; sitemap ${large.projectUrls} project URLs` +
        (missed.length ? `; MISSED: ${missed.join(', ')}` : '; every target met') +
        (sitemapComplete ? '' : '; sitemap INCOMPLETE'),
    }
  } finally {
    removeDatabase(smallFile)
    removeDatabase(largeFile)
  }
}
