// Lighthouse (mobile, its default simulated throttling) on the research page, the project index and a
// project page, through the edge in front of the BUILT site and CMS, with Debian's Chromium. Reports
// the four category scores, the JavaScript the page loads (bytes on the wire, as Lighthouse counts
// them) and the metrics behind the performance score. Target (issue 9): performance 100 on each page.
//
// Each page is asked for once before Lighthouse loads it (rendered and in the edge's cache), and
// Lighthouse runs one page at a time: its CPU figures are this machine's, so run it on an idle one.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'

import { assertBuilt, progress, removeDatabase, seededDatabaseCopy, startAppsBehindEdge, timedFetch } from './support.mjs'

const require = createRequire(import.meta.url)
const lighthouseBin = path.join(path.dirname(require.resolve('lighthouse/package.json')), 'cli/index.js')

const cmsPort = Number(process.env.BENCH_LIGHTHOUSE_APP_CMS_PORT ?? 3490)
const webPort = Number(process.env.BENCH_LIGHTHOUSE_APP_WEB_PORT ?? 3491)
const edgeCmsPort = Number(process.env.BENCH_LIGHTHOUSE_CMS_PORT ?? 3492)
const edgeWebPort = Number(process.env.BENCH_LIGHTHOUSE_WEB_PORT ?? 3493)
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync'
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const TARGET_PERFORMANCE = 100

/** One Lighthouse run of `url`; resolves with its JSON report. */
function lighthouse(url, outputFile) {
  const args = [
    lighthouseBin,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outputFile}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS}`,
  ]
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { env: { ...process.env, CHROME_PATH }, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) return reject(new Error(`Lighthouse failed on ${url}: ${stderr.slice(-1000) || error.message}`))
      resolve(JSON.parse(fs.readFileSync(outputFile, 'utf8')))
    })
  })
}

/** What the report says of one page. */
function figures(report) {
  const score = (category) => Math.round((report.categories[category]?.score ?? 0) * 100)
  const audit = (id) => report.audits[id]?.numericValue
  const scripts = report.audits['resource-summary']?.details?.items?.find((item) => item.resourceType === 'script')
  return {
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])),
    scriptKiB: Math.round(((scripts?.transferSize ?? 0) / 1024) * 10) / 10,
    scriptRequests: scripts?.requestCount ?? 0,
    fcpMs: Math.round(audit('first-contentful-paint') ?? NaN),
    lcpMs: Math.round(audit('largest-contentful-paint') ?? NaN),
    tbtMs: Math.round(audit('total-blocking-time') ?? NaN),
    cls: Math.round((audit('cumulative-layout-shift') ?? NaN) * 1000) / 1000,
    // What the page's largest paint is, and the phases of its time (what to work on when it is late).
    lcpElement: report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '?',
    lcpPhases: (report.audits['largest-contentful-paint-element']?.details?.items?.[1]?.items ?? []).map((item) => `${item.phase} ${Math.round(item.timing)} ms`).join(', '),
  }
}

export async function run() {
  assertBuilt('cms', 'web')
  if (!fs.existsSync(CHROME_PATH)) throw new Error(`No Chromium at ${CHROME_PATH} (apt-get install chromium, or set CHROME_PATH)`)
  const databaseFile = await seededDatabaseCopy('lighthouse', cmsPort)
  // BENCH_LIGHTHOUSE_REPORTS=<folder> keeps the full JSON reports there (otherwise a temp folder, removed).
  const keepReports = process.env.BENCH_LIGHTHOUSE_REPORTS
  const reports = keepReports ? path.resolve(keepReports) : fs.mkdtempSync(path.join(os.tmpdir(), 'crn-bench-lighthouse-'))
  fs.mkdirSync(reports, { recursive: true })
  const servers = []
  try {
    const { cms, edgeWebUrl } = await startAppsBehindEdge({ name: 'lighthouse', databaseFile, cmsPort, webPort, edgeCmsPort, edgeWebPort, servers })

    const projects = await timedFetch(`${cms.url}/api/projects?locale=en&depth=0&limit=1&sort=title`)
    const slug = JSON.parse(projects.body).docs?.[0]?.slug
    if (!slug) throw new Error('The seeded CMS has no project to measure')
    const pagePaths = ['/en/research', '/nb/forskning/prosjekter', `/en/research/projects/${slug}`]

    const results = []
    for (const pagePath of pagePaths) {
      const warm = await timedFetch(`${edgeWebUrl}${pagePath}`)
      if (warm.status !== 200) throw new Error(`${pagePath} answered ${warm.status} through the edge`)
      progress(`Lighthouse (mobile) ${pagePath}…`)
      const page = figures(await lighthouse(`${edgeWebUrl}${pagePath}`, path.join(reports, `${results.length}.json`)))
      progress(
        `${pagePath}: ${CATEGORIES.map((category) => page.scores[category]).join(' / ')}; JavaScript ${page.scriptKiB} KiB in ${page.scriptRequests} files; ` +
          `FCP ${page.fcpMs} ms, LCP ${page.lcpMs} ms (${page.lcpElement.slice(0, 120)}; ${page.lcpPhases}), TBT ${page.tbtMs} ms, CLS ${page.cls}`,
      )
      results.push({ pagePath, ...page })
    }
    const ok = results.every((page) => page.scores.performance >= TARGET_PERFORMANCE)
    return {
      ok,
      summary:
        results
          .map((page) => `${page.pagePath} ${CATEGORIES.map((category) => page.scores[category]).join('/')} (JS ${page.scriptKiB} KiB, LCP ${page.lcpMs} ms, TBT ${page.tbtMs} ms)`)
          .join('; ') + ` (performance / accessibility / best practices / SEO; target: performance ${TARGET_PERFORMANCE} on each page)`,
    }
  } finally {
    for (const server of servers.reverse()) await server.stop()
    removeDatabase(databaseFile)
    if (!keepReports) fs.rmSync(reports, { recursive: true, force: true })
  }
}
