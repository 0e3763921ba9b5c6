// The BUILT site against the BUILT, seeded CMS: for each page type, the time of its first
// render (a cache miss that reads the CMS) and of repeated, cached requests (p50/p95 over N).
// Then the CMS is stopped: every page rendered before must still answer 200 from the cache,
// and a page never rendered must answer 503 (the branded "temporarily unavailable" page)
// quickly. Targets: cached p95 ≤ 100 ms; 503 within 3 s. Visitors' requests go through the edge
// (deploy/edge/), as in production: the 503 page is the edge's.
import { startCms, startWeb } from '../../../packages/launcher/src/servers.mjs'
import { assertBuilt, progress, purgeSiteDataCacheFor, purgeSiteRenders, removeDatabase, seededDatabaseCopy, sharedSecret, startBenchEdge, stats, timedFetch } from './support.mjs'

const REPEATS = Number(process.env.BENCH_PAGE_REPEATS ?? 30)
const TARGET_CACHED_P95_MS = 100
const TARGET_UNAVAILABLE_MS = 3000
const cmsPort = Number(process.env.BENCH_PAGES_CMS_PORT ?? 3462)
const webPort = Number(process.env.BENCH_PAGES_WEB_PORT ?? 3463)
const edgeCmsPort = Number(process.env.BENCH_PAGES_EDGE_CMS_PORT ?? 3466)
const edgeWebPort = Number(process.env.BENCH_PAGES_EDGE_WEB_PORT ?? 3467)

async function json(url) {
  const answer = await timedFetch(url)
  if (answer.status !== 200) throw new Error(`GET ${url} → ${answer.status}: ${answer.body.slice(0, 300)}`)
  return JSON.parse(answer.body)
}

/** Published English slugs of one department, one of its sections and two projects (one never asked for), from the CMS. */
async function pickSlugs(cmsUrl) {
  const sections = await json(`${cmsUrl}/api/sections?locale=en&depth=1&limit=1&sort=title`)
  const section = sections.docs[0]
  if (!section?.department?.slug) throw new Error('The seeded CMS has no section with a department')
  const projects = await json(`${cmsUrl}/api/projects?locale=en&depth=0&limit=2&sort=title`)
  if (projects.docs.length < 2) throw new Error('The seeded CMS has fewer than two projects')
  return { department: section.department.slug, section: section.slug, project: projects.docs[0].slug, unrenderedProject: projects.docs[1].slug }
}

export async function run() {
  assertBuilt('cms', 'web')
  const databaseFile = await seededDatabaseCopy('site-pages', cmsPort)
  const secret = sharedSecret()
  const servers = []
  try {
    progress(`starting the built CMS on :${cmsPort} and the built site on :${webPort}…`)
    const cms = await startCms({ port: cmsPort, databaseUri: `file:${databaseFile}`, quiet: true, env: { REVALIDATE_SECRET: secret, WEB_URL: `http://127.0.0.1:${webPort}` } })
    servers.push(cms)
    const slugs = await pickSlugs(cms.url)
    const pages = [
      ['home', '/en'],
      ['research overview', '/en/research'],
      ['department', `/en/research/${slugs.department}`],
      ['section', `/en/research/${slugs.department}/${slugs.section}`],
      ['project', `/en/research/projects/${slugs.project}`],
      ['project index', '/en/research/projects'],
      ['search', '/en/search?q=screening'],
    ]
    // A published project this run never asks for while the CMS is up.
    const neverRenderedPath = `/en/research/projects/${slugs.unrenderedProject}`
    // Stored renders of these pages from earlier runs (any CMS) would make the first request a cache hit.
    const purgedRenders = purgeSiteRenders([...pages.map(([, pagePath]) => pagePath.split('?')[0]), neverRenderedPath])
    if (purgedRenders) progress(`removed ${purgedRenders} stored render(s) of the measured pages left by earlier runs`)
    const purged = purgeSiteDataCacheFor(cms.url)
    if (purged) progress(`removed ${purged} site data-cache entr${purged === 1 ? 'y' : 'ies'} left by an earlier run against ${cms.url}`)
    const web = await startWeb({ port: webPort, cmsUrl: cms.url, quiet: true, env: { REVALIDATE_SECRET: secret } })
    servers.push(web)
    const edge = await startBenchEdge({ cms, web, cmsPort: edgeCmsPort, webPort: edgeWebPort, name: 'site-pages' })
    servers.push(edge)
    const siteUrl = edge.webUrl

    const rows = []
    for (const [kind, pagePath] of pages) {
      const first = await timedFetch(`${siteUrl}${pagePath}`)
      if (first.status !== 200) throw new Error(`${pagePath} answered ${first.status} on its first render\n--- site output ---\n${web.output().slice(-3000)}`)
      const repeated = []
      for (let i = 0; i < REPEATS; i += 1) {
        const answer = await timedFetch(`${siteUrl}${pagePath}`)
        if (answer.status !== 200) throw new Error(`${pagePath} answered ${answer.status} on request ${i + 2}`)
        repeated.push(answer.ms)
      }
      const cached = stats(repeated)
      rows.push({ kind, pagePath, firstMs: Math.round(first.ms), cached, cacheHeader: first.headers.get('x-nextjs-cache') ?? '' })
      progress(`${kind.padEnd(17)} ${pagePath}: first ${Math.round(first.ms)} ms (x-nextjs-cache ${first.headers.get('x-nextjs-cache') ?? '–'}), then p50 ${cached.p50} / p95 ${cached.p95} ms over ${REPEATS}`)
    }

    progress('stopping the CMS…')
    await cms.stop()
    servers.splice(servers.indexOf(cms), 1)
    // Past the edge's 1 s freshness: answers now come from the site's own cache (or the edge's stale copy).
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const outage = []
    for (const [kind, pagePath] of pages.filter(([kind]) => kind !== 'search')) {
      const answer = await timedFetch(`${siteUrl}${pagePath}`)
      outage.push({ kind, status: answer.status, ms: Math.round(answer.ms) })
    }
    const cachedDuringOutage = outage.filter((entry) => entry.status === 200).length
    progress(`CMS down: ${cachedDuringOutage}/${outage.length} rendered pages still 200 (${outage.map((entry) => `${entry.kind} ${entry.status}`).join(', ')})`)
    const unavailable = await timedFetch(`${siteUrl}${neverRenderedPath}`)
    progress(`CMS down: never-rendered ${neverRenderedPath} → ${unavailable.status} in ${Math.round(unavailable.ms)} ms`)
    if (unavailable.status !== 503) progress(`expected 503; the site logged:\n${web.output().slice(-1500)}`)

    // Search answers depend on the query (rendered per request), so the cached target covers the other page types.
    const cachedRows = rows.filter((row) => row.kind !== 'search')
    const worstCachedP95 = Math.max(...cachedRows.map((row) => row.cached.p95))
    const ok =
      worstCachedP95 <= TARGET_CACHED_P95_MS &&
      cachedDuringOutage === outage.length &&
      unavailable.status === 503 &&
      unavailable.ms <= TARGET_UNAVAILABLE_MS
    return {
      ok,
      summary:
        rows.map((row) => `${row.kind} first ${row.firstMs} ms, p50 ${row.cached.p50} / p95 ${row.cached.p95} ms`).join('; ') +
        `; CMS down: ${cachedDuringOutage}/${outage.length} cached pages 200, never-rendered page ${unavailable.status} in ${Math.round(unavailable.ms)} ms ` +
        `(targets: cached p95 ≤ ${TARGET_CACHED_P95_MS} ms, 503 ≤ ${TARGET_UNAVAILABLE_MS / 1000} s)`,
    }
  } finally {
    for (const server of servers.reverse()) await server.stop()
    removeDatabase(databaseFile)
  }
}
