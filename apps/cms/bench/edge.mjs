// The edge (deploy/edge/, Debian nginx) in front of the BUILT site and CMS, side by side in one
// run, load from autocannon on this machine (127.0.0.1 only, every run bounded in time):
//   1. the research page through the edge vs nginx serving the same HTML as a static file:
//      throughput at 50 connections (target ≥ 0.8×) and p97.5 at a fixed 100 req/s (≤ 1.5×; timed
//      by ./fixedRate.mjs to a hundredth of a millisecond, for 20 s each);
//   2. the same page from Next alone, without the edge (target ≥ 2 × 205 req/s, the figure
//      measured before the proxy's self-fetch was removed);
//   3. 50 clients for 15 s through the edge on the research page, the project index, search,
//      an API list (depth 1) and a GraphQL query: 0 errors, 0 timeouts, 0 5xx, p97.5 ≤ 1 s;
//   4. the CMS stopped: every page cached before answers 200.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'

import autocannon from 'autocannon'

import { allowTraverse, mainConfig, NGINX_PATH } from '../../../packages/launcher/src/edge.mjs'
import { describeFixedRate, fixedRateLoad } from './fixedRate.mjs'
import { assertBuilt, BENCH_HOST, progress, removeDatabase, seededDatabaseCopy, startAppsBehindEdge, timedFetch } from './support.mjs'

const cmsPort = Number(process.env.BENCH_EDGE_APP_CMS_PORT ?? 3480)
const webPort = Number(process.env.BENCH_EDGE_APP_WEB_PORT ?? 3481)
const edgeCmsPort = Number(process.env.BENCH_EDGE_CMS_PORT ?? 3482)
const edgeWebPort = Number(process.env.BENCH_EDGE_WEB_PORT ?? 3483)
const staticPort = Number(process.env.BENCH_EDGE_STATIC_PORT ?? 3484)
const SECONDS = Number(process.env.BENCH_EDGE_SECONDS ?? 10)
const MIXED_SECONDS = 15
const FIXED_RATE = 100
const FIXED_RATE_SECONDS = Number(process.env.BENCH_EDGE_FIXED_RATE_SECONDS ?? 20)

const TARGET_THROUGHPUT_RATIO = 0.8
const TARGET_P975_RATIO = 1.5
const BEFORE_NEXT_ALONE_RPS = 205
const TARGET_NEXT_ALONE_RPS = 2 * BEFORE_NEXT_ALONE_RPS
const TARGET_MIXED_P975_MS = 1000

/** One bounded autocannon run; resolves with its result. */
function load(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ timeout: 10, duration: SECONDS, ...options }, (error, result) => (error ? reject(error) : resolve(result)))
    instance.on('error', reject)
  })
}

const rps = (result) => Math.round(result.requests.average)
const p975 = (result) => result.latency.p97_5
const describe = (result) =>
  `${rps(result)} req/s, p50 ${result.latency.p50} ms, p97.5 ${p975(result)} ms, ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`

/** nginx serving one HTML file on `port` (same worker settings as the edge), in its own process group. */
async function startStaticNginx(html) {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-bench-static-'))
  for (const dir of ['conf', 'tmp', 'www']) fs.mkdirSync(path.join(prefix, dir), { recursive: true })
  fs.writeFileSync(path.join(prefix, 'www', 'research.html'), html)
  // Started by root, nginx's workers run as `nobody` and must be able to read the file.
  if (process.getuid?.() === 0) {
    allowTraverse(path.join(prefix, 'www'))
    fs.chmodSync(path.join(prefix, 'www', 'research.html'), 0o644)
  }
  const site = path.join(prefix, 'conf', 'static.conf')
  fs.writeFileSync(
    site,
    `server {\n    listen ${BENCH_HOST}:${staticPort} reuseport;\n    root ${prefix}/www;\n    location / { default_type text/html; try_files /research.html =404; }\n}\n`,
  )
  const main = path.join(prefix, 'conf', 'nginx.conf')
  fs.writeFileSync(main, mainConfig({ prefix, edgeConfFile: site, brotli: false }))
  const child = spawn(NGINX_PATH, ['-p', prefix, '-c', main, '-e', 'stderr'], { detached: true, stdio: 'ignore' })
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const ok = await fetch(`http://${BENCH_HOST}:${staticPort}/`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url: `http://${BENCH_HOST}:${staticPort}/research.html`,
    stop: async () => {
      const done = new Promise((resolve) => child.once('exit', resolve))
      try {
        process.kill(-child.pid, 'SIGQUIT')
        await done
      } catch (error) {
        if (error?.code !== 'ESRCH') throw error
      }
      fs.rmSync(prefix, { recursive: true, force: true })
    },
  }
}

async function json(url) {
  const answer = await timedFetch(url)
  if (answer.status !== 200) throw new Error(`GET ${url} → ${answer.status}: ${answer.body.slice(0, 300)}`)
  return JSON.parse(answer.body)
}

export async function run() {
  assertBuilt('cms', 'web')
  const databaseFile = await seededDatabaseCopy('edge', cmsPort)
  const servers = []
  try {
    const { cms, web, edgeWebUrl, edgeCmsUrl } = await startAppsBehindEdge({ name: 'edge', databaseFile, cmsPort, webPort, edgeCmsPort, edgeWebPort, servers })

    const projects = await json(`${cms.url}/api/projects?locale=en&depth=0&limit=1&sort=title`)
    const projectPath = `/en/research/projects/${projects.docs[0]?.slug}`
    const pagePaths = ['/en/research', '/en/research/projects', projectPath, '/nb/forskning', '/nb/forskning/prosjekter']
    // Warm: every page rendered once (ISR) and in the edge's cache.
    for (const pagePath of pagePaths) {
      const answer = await timedFetch(`${edgeWebUrl}${pagePath}`)
      if (answer.status !== 200) throw new Error(`${pagePath} answered ${answer.status} through the edge`)
    }
    const research = await timedFetch(`${edgeWebUrl}/en/research`)
    const stat = await startStaticNginx(research.body)
    servers.push(stat)
    progress(`research page: ${Math.round(research.body.length / 1024)} KB of HTML; static copy on :${staticPort}`)

    // 1. Edge vs static file, 50 connections.
    const check = await timedFetch(stat.url)
    if (check.status !== 200 || check.body !== research.body) throw new Error(`the static copy answered ${check.status}, not the same HTML`)
    const staticMax = await load({ url: stat.url, connections: 50 })
    progress(`static file, 50 connections:   ${describe(staticMax)}`)
    const edgeMax = await load({ url: `${edgeWebUrl}/en/research`, connections: 50 })
    progress(`through the edge, 50 conn.:    ${describe(edgeMax)}`)
    const throughputRatio = rps(edgeMax) / rps(staticMax)
    // Fixed 100 req/s, 20 s each, timed to a hundredth of a millisecond (./fixedRate.mjs).
    const staticFixed = await fixedRateLoad({ url: stat.url, rate: FIXED_RATE, seconds: FIXED_RATE_SECONDS })
    progress(`static file, ${FIXED_RATE} req/s:        ${describeFixedRate(staticFixed)}`)
    const edgeFixed = await fixedRateLoad({ url: `${edgeWebUrl}/en/research`, rate: FIXED_RATE, seconds: FIXED_RATE_SECONDS })
    progress(`through the edge, ${FIXED_RATE} req/s:   ${describeFixedRate(edgeFixed)}`)
    const p975Ratio = edgeFixed.p975 / staticFixed.p975

    // 2. Next alone (the site's own port, no edge).
    const nextAlone = await load({ url: `${web.url}/en/research`, connections: 50 })
    progress(`Next alone, 50 connections:    ${describe(nextAlone)}`)

    // 3. 50 clients for 15 s, mixed, through the edge (30 on the site, 20 on the CMS's API).
    const graphqlQuery = encodeURIComponent('{ Projects(limit: 10, locale: en) { docs { title slug } } }')
    const [mixedSite, mixedApi] = await Promise.all([
      load({
        url: edgeWebUrl,
        connections: 30,
        duration: MIXED_SECONDS,
        requests: [{ path: '/en/research' }, { path: '/en/research/projects' }, { path: '/en/search?q=screening' }],
      }),
      load({
        url: edgeCmsUrl,
        connections: 20,
        duration: MIXED_SECONDS,
        requests: [{ path: '/api/projects?limit=20&depth=1&locale=en' }, { path: `/api/graphql?query=${graphqlQuery}` }],
      }),
    ])
    progress(`mixed, site (30 clients):      ${describe(mixedSite)}; 5xx ${mixedSite['5xx']}`)
    progress(`mixed, API (20 clients):       ${describe(mixedApi)}; 5xx ${mixedApi['5xx']}`)
    const mixedProblems = [mixedSite, mixedApi].reduce((sum, result) => sum + result.errors + result.timeouts + result['5xx'] + result.non2xx, 0)
    const mixedP975 = Math.max(p975(mixedSite), p975(mixedApi))

    // 4. CMS stopped: cached pages still 200.
    progress('stopping the CMS…')
    await cms.stop()
    servers.splice(servers.indexOf(cms), 1)
    const outage = []
    for (const pagePath of pagePaths) {
      const answer = await timedFetch(`${edgeWebUrl}${pagePath}`)
      outage.push({ pagePath, status: answer.status, cache: answer.headers.get('x-edge-cache') })
    }
    const cachedOk = outage.filter((entry) => entry.status === 200).length
    progress(`CMS down: ${cachedOk}/${outage.length} cached pages 200 (${outage.map((entry) => `${entry.pagePath} ${entry.status} ${entry.cache ?? ''}`).join(', ')})`)

    const checks = [
      [`edge/static throughput ${throughputRatio.toFixed(2)}× (≥ ${TARGET_THROUGHPUT_RATIO}×)`, throughputRatio >= TARGET_THROUGHPUT_RATIO],
      [`edge/static p97.5 at ${FIXED_RATE} req/s ${p975Ratio.toFixed(2)}× (≤ ${TARGET_P975_RATIO}×)`, p975Ratio <= TARGET_P975_RATIO && edgeFixed.errors + edgeFixed.non2xx === 0],
      [`Next alone ${rps(nextAlone)} req/s (≥ ${TARGET_NEXT_ALONE_RPS})`, rps(nextAlone) >= TARGET_NEXT_ALONE_RPS],
      [`mixed 50 clients: ${mixedProblems} errors/timeouts/non-2xx, p97.5 ${mixedP975} ms (0, ≤ ${TARGET_MIXED_P975_MS} ms)`, mixedProblems === 0 && mixedP975 <= TARGET_MIXED_P975_MS],
      [`CMS down: ${cachedOk}/${outage.length} cached pages 200`, cachedOk === outage.length],
    ]
    for (const [label, ok] of checks) progress(`${ok ? '✓' : '✗'} ${label}`)
    return {
      ok: checks.every(([, ok]) => ok),
      summary:
        `static ${rps(staticMax)} vs edge ${rps(edgeMax)} req/s at 50 conn.; p97.5 at ${FIXED_RATE} req/s static ${staticFixed.p975} vs edge ${edgeFixed.p975} ms; ` +
        `Next alone ${rps(nextAlone)} req/s; mixed: site ${rps(mixedSite)} + API ${rps(mixedApi)} req/s, p97.5 ${mixedP975} ms, ${mixedProblems} problems; ` +
        checks.map(([label, ok]) => `${ok ? '✓' : '✗'} ${label}`).join('; '),
    }
  } finally {
    for (const server of servers.reverse()) await server.stop()
    removeDatabase(databaseFile)
  }
}
