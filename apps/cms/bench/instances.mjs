// Several instances (issue: the site and the CMS scale out behind the edge): the topology of
// `WEB_INSTANCES=2 CMS_INSTANCES=2 npm start` — two BUILT CMS instances on one fresh SQLite file,
// two BUILT site instances sharing Debian's redis-server, the edge (Debian nginx) in front.
//  1. publish → visible on EVERY site instance: N publishes through the edge, each site instance
//     polled on its own port; a publish counts when the last instance shows it. Target p95 ≤ 2 s.
//  2. the edge's failed requests while one site instance is stopped and started again under load
//     (4 concurrent clients, every request past the 1 s micro-cache). Target 0.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startCluster } from '../../../packages/launcher/src/cluster.mjs'
import { ensureNginx } from '../../../packages/launcher/src/edge.mjs'
import { ensureRedis } from '../../../packages/launcher/src/redis.mjs'
import { randomSecret, startWeb } from '../../../packages/launcher/src/servers.mjs'
import { assertBuilt, progress, stats } from './support.mjs'

const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 20)
const POLL_MS = 50
const GIVE_UP_MS = 15_000
const TARGET_P95_MS = 2000
const LOAD_CLIENTS = 4
const base = Number(process.env.BENCH_INSTANCES_PORT ?? 3500)
const ports = { edgeCms: base, edgeWeb: base + 1, cmsRead: base + 2, redis: base + 3, cms: [base + 10, base + 20], web: [base + 11, base + 21] }

async function json(url, init = {}) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

const html = async (url) => (await fetch(url, { signal: AbortSignal.timeout(15_000) })).text()

export async function run() {
  assertBuilt('cms', 'web')
  for (const found of [ensureNginx(), ensureRedis()]) if (found.problem) throw new Error(found.problem)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-bench-instances-'))
  // nginx's workers (user nobody when started as root) write the edge's cache inside it.
  fs.chmodSync(dataDir, 0o755)
  const admin = { email: 'bench-admin@kreftregisteret.test', password: randomSecret(12) }
  const env = {
    PAYLOAD_SECRET: randomSecret(),
    REVALIDATE_SECRET: randomSecret(),
    PREVIEW_SECRET: randomSecret(),
    SEED_ADMIN_EMAIL: admin.email,
    SEED_ADMIN_PASSWORD: admin.password,
    MEDIA_DIR: path.join(dataDir, 'media'),
  }
  const edgeCmsUrl = `http://127.0.0.1:${ports.edgeCms}`
  const edgeWebUrl = `http://127.0.0.1:${ports.edgeWeb}`
  progress(`starting 2 CMS instances (:${ports.cms.join(', :')}), Redis (:${ports.redis}), the edge (:${ports.edgeCms}, :${ports.edgeWeb}) and 2 site instances (:${ports.web.join(', :')})…`)
  const cluster = await startCluster({
    ports,
    databaseUri: `file:${path.join(dataDir, 'cms.db')}`,
    env,
    edgePrefix: path.join(dataDir, 'edge'),
    publicCmsUrl: edgeCmsUrl,
    publicWebUrl: edgeWebUrl,
    quiet: true,
  })
  const extra = []
  try {
    const { token } = await json(`${edgeCmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
    const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const projects = (await json(`${cluster.cms[0].url}/api/projects?locale=en&depth=0&limit=3&where[_status][equals]=published&sort=createdAt`)).docs
    if (!projects.length) throw new Error('No published project after seeding')
    const [project] = projects
    const pagePath = `/en/research/projects/${project.slug}`
    for (const site of cluster.web) await html(`${site.url}${pagePath}`)

    // 1. Publish → visible on every site instance.
    const latencies = []
    for (let i = 1; i <= PUBLISHES; i += 1) {
      const marker = `Instances benchmark ${i} ${Date.now().toString(36)}`
      const started = performance.now()
      await json(`${edgeCmsUrl}/api/projects/${project.id}?locale=en&depth=0`, { method: 'PATCH', headers: auth, body: JSON.stringify({ lead: marker, _status: 'published' }) })
      const perInstance = await Promise.all(
        cluster.web.map(async (site) => {
          while (performance.now() - started < GIVE_UP_MS) {
            if ((await html(`${site.url}${pagePath}`)).includes(marker)) return performance.now() - started
            await new Promise((resolve) => setTimeout(resolve, POLL_MS))
          }
          return Infinity
        }),
      )
      const latency = Math.round(Math.max(...perInstance))
      latencies.push(latency)
      progress(`publish ${String(i).padStart(2)}: every instance after ${latency === Infinity ? `> ${GIVE_UP_MS}` : latency} ms (${perInstance.map((ms) => Math.round(ms)).join(' / ')} ms)`)
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    const publish = stats(latencies)

    // 2. One site instance stopped and started again under load.
    const paths = ['/en/research', '/nb/forskning', ...projects.map((each) => `/en/research/projects/${each.slug}`)]
    for (const site of cluster.web) for (const each of paths) await html(`${site.url}${each}`)
    let completed = 0
    let running = true
    const failures = []
    const durations = []
    const client = async (index) => {
      for (let n = 0; running; n += 1) {
        const url = `${edgeWebUrl}${paths[(index + n) % paths.length]}?bench=${index}-${n}`
        const started = performance.now()
        try {
          const response = await fetch(url, { signal: AbortSignal.timeout(15_000), redirect: 'manual' })
          await response.arrayBuffer()
          if (response.status !== 200) failures.push(`${response.status} ${url}`)
        } catch (error) {
          failures.push(`${error instanceof Error ? error.message : String(error)} ${url}`)
        }
        durations.push(performance.now() - started)
        completed += 1
      }
    }
    const until = async (count) => {
      while (completed < count) await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const load = Promise.all(Array.from({ length: LOAD_CLIENTS }, (_, index) => client(index)))
    let stopMs
    let restartMs
    try {
      await until(100)
      let started = performance.now()
      await cluster.web[1].stop()
      stopMs = performance.now() - started
      progress(`site instance :${ports.web[1]} stopped (${Math.round(stopMs)} ms) after ${completed} requests`)
      await until(completed + 200)
      started = performance.now()
      const replacement = await startWeb({
        port: ports.web[1],
        cmsUrl: cluster.cmsReadUrl,
        contentSource: `file:${path.join(dataDir, 'cms.db')}`,
        quiet: true,
        env: { ...env, WEB_URL: edgeWebUrl, CMS_PUBLIC_URL: edgeCmsUrl, WEB_PORT: String(ports.web[1]), REDIS_URL: cluster.redisUrl },
      })
      extra.push(replacement)
      restartMs = performance.now() - started
      progress(`site instance :${ports.web[1]} answering again after ${Math.round(restartMs)} ms, at ${completed} requests`)
      await until(completed + 200)
    } finally {
      running = false
      await load
    }
    const edgeLatency = stats(durations)
    for (const failure of failures.slice(0, 5)) progress(`failed: ${failure}`)
    const result = {
      publishes: PUBLISHES,
      publishToEveryInstance: publish,
      latencies,
      load: { requests: completed, failed: failures.length, clients: LOAD_CLIENTS, latency: edgeLatency, stopMs: Math.round(stopMs), restartMs: Math.round(restartMs) },
    }
    fs.writeFileSync(path.join(os.tmpdir(), 'crn-bench-instances.json'), JSON.stringify(result, null, 2))
    const ok = Number.isFinite(publish.p95) && publish.p95 <= TARGET_P95_MS && failures.length === 0
    return {
      ok,
      summary:
        `publish → every instance p50 ${publish.p50} ms, p95 ${publish.p95} ms, max ${publish.max} ms over ${PUBLISHES} publishes (target p95 ≤ ${TARGET_P95_MS} ms); ` +
        `${failures.length} failed of ${completed} edge requests while a site instance stopped and restarted (target 0; edge p50 ${edgeLatency.p50} ms, p95 ${edgeLatency.p95} ms)`,
    }
  } finally {
    await Promise.allSettled(extra.map((server) => server.stop()))
    await cluster.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
