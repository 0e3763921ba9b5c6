// Publish → visible latency: how long after an editor publishes a change the public site
// shows it. Starts the BUILT CMS and site (fresh seeded SQLite, the app's own jobs runner and
// revalidation) behind the edge (nginx micro-cache, deploy/edge/), then publishes a change to a
// project's lead N times through the edge and polls its public page, through the edge, until the
// new text appears. Target: p95 ≤ 2 s.
//
// Side by side in the same run: a second edge over the same apps, which the CMS does not know about,
// so it never gets the CMS's refresh after a publish (apps/cms/src/jobs/refreshEdgePages.ts) and
// shows what visitors see without it (its copy lives out its micro-cache second). Both are polled
// at once after each publish.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { randomSecret, startCms, startWeb } from '../../../packages/launcher/src/servers.mjs'
import { startBenchEdge } from './support.mjs'

const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 20)
const POLL_MS = 50
const GIVE_UP_MS = 15_000
const TARGET_P95_MS = 2000
const cmsPort = Number(process.env.BENCH_CMS_PORT ?? 3410)
const webPort = Number(process.env.BENCH_WEB_PORT ?? 3411)
/** The edge's public ports (what editors and visitors use). */
const edgeCmsPort = Number(process.env.BENCH_EDGE_CMS_PORT ?? cmsPort + 2)
const edgeWebPort = Number(process.env.BENCH_EDGE_WEB_PORT ?? webPort + 2)
/** The second edge (not refreshed by the CMS). */
const plainEdgeCmsPort = Number(process.env.BENCH_PLAIN_EDGE_CMS_PORT ?? cmsPort + 4)
const plainEdgeWebPort = Number(process.env.BENCH_PLAIN_EDGE_WEB_PORT ?? webPort + 4)

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

async function json(url, init = {}) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

export async function run() {
  const databaseFile = path.join(os.tmpdir(), `crn-bench-${process.pid}.db`)
  const secret = randomSecret()
  const previewSecret = randomSecret()
  const admin = { email: 'bench-admin@kreftregisteret.test', password: randomSecret(12) }
  const webUrl = `http://127.0.0.1:${edgeWebPort}`
  const cmsPublicUrl = `http://127.0.0.1:${edgeCmsPort}`
  const servers = []
  try {
    process.stdout.write(`  starting the built CMS on :${cmsPort} (seeding ${databaseFile})…\n`)
    const cms = await startCms({
      port: cmsPort,
      databaseUri: `file:${databaseFile}`,
      quiet: true,
      timeoutMs: 300_000,
      env: {
        REVALIDATE_SECRET: secret,
        PREVIEW_SECRET: previewSecret,
        CMS_URL: cmsPublicUrl,
        WEB_URL: webUrl,
        WEB_INTERNAL_URL: `http://127.0.0.1:${webPort}`,
        SEED_ADMIN_EMAIL: admin.email,
        SEED_ADMIN_PASSWORD: admin.password,
      },
    })
    servers.push(cms)
    process.stdout.write(`  starting the built site on :${webPort}…\n`)
    const web = await startWeb({ port: webPort, cmsUrl: cms.url, quiet: true, readyPath: '/robots.txt', env: { REVALIDATE_SECRET: secret, PREVIEW_SECRET: previewSecret, WEB_URL: webUrl } })
    servers.push(web)
    process.stdout.write(`  starting the edge on :${edgeCmsPort} (CMS) and :${edgeWebPort} (site)…\n`)
    const edge = await startBenchEdge({ cms, web, cmsPort: edgeCmsPort, webPort: edgeWebPort, name: 'publish-latency' })
    servers.push(edge)
    const plainEdge = await startBenchEdge({ cms, web, cmsPort: plainEdgeCmsPort, webPort: plainEdgeWebPort, name: 'publish-latency-plain' })
    servers.push(plainEdge)
    const plainWebUrl = `http://127.0.0.1:${plainEdgeWebPort}`

    const { token } = await json(`${cmsPublicUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(admin),
    })
    const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    // Wait for the seed to have published projects.
    let project
    for (let tries = 0; tries < 120 && !project; tries += 1) {
      const list = await json(`${cms.url}/api/projects?locale=en&depth=0&limit=1&where[_status][equals]=published`)
      project = list.docs[0]
      if (!project) await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    if (!project) throw new Error('No published project after seeding')
    const pagePath = `/en/research/projects/${project.slug}`
    const pageUrl = `${webUrl}${pagePath}`
    const plainPageUrl = `${plainWebUrl}${pagePath}`
    for (const url of [pageUrl, plainPageUrl]) {
      const warm = await fetch(url)
      if (warm.status !== 200) throw new Error(`${url} answered ${warm.status}`)
      await warm.text()
    }

    /** Polls `url` until `marker` shows; ms since `started`, or Infinity. */
    const visibleAfter = async (url, marker, started) => {
      while (performance.now() - started < GIVE_UP_MS) {
        const html = await (await fetch(url, { cache: 'no-store' })).text()
        if (html.includes(marker)) return Math.round(performance.now() - started)
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
      return Infinity
    }
    const show = (latency) => (latency === Infinity ? `not visible after ${GIVE_UP_MS} ms` : `${latency} ms`)

    const latencies = []
    const plainLatencies = []
    for (let i = 1; i <= PUBLISHES; i += 1) {
      const marker = `Benchmark change ${i} ${Date.now().toString(36)}`
      const started = performance.now()
      await json(`${cmsPublicUrl}/api/projects/${project.id}?locale=en&depth=0`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ lead: marker, _status: 'published' }),
      })
      const [latency, plainLatency] = await Promise.all([visibleAfter(pageUrl, marker, started), visibleAfter(plainPageUrl, marker, started)])
      latencies.push(latency)
      plainLatencies.push(plainLatency)
      process.stdout.write(`  publish ${String(i).padStart(2)}: ${show(latency)} (edge without the refresh: ${show(plainLatency)})\n`)
      // Let the background re-render settle before the next publish.
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    const plainSorted = [...plainLatencies].sort((a, b) => a - b)
    const plain = { p50: percentile(plainSorted, 50), p95: percentile(plainSorted, 95), max: plainSorted.at(-1) }
    const sorted = [...latencies].sort((a, b) => a - b)
    const stats = { publishes: PUBLISHES, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1), min: sorted[0] }
    fs.writeFileSync(path.join(os.tmpdir(), 'crn-bench-publish-latency.json'), JSON.stringify({ ...stats, latencies, withoutRefresh: { ...plain, latencies: plainLatencies } }, null, 2))
    return {
      ok: Number.isFinite(stats.p95) && stats.p95 <= TARGET_P95_MS,
      summary: `p50 ${stats.p50} ms, p95 ${stats.p95} ms, max ${stats.max} ms over ${PUBLISHES} publishes (target p95 ≤ ${TARGET_P95_MS} ms); same run, an edge the CMS does not refresh: p50 ${plain.p50} ms, p95 ${plain.p95} ms, max ${plain.max} ms`,
    }
  } finally {
    for (const server of servers.reverse()) await server.stop()
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${databaseFile}${suffix}`, { force: true })
  }
}
