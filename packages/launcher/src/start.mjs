#!/usr/bin/env node
// `npm start`: build what is needed, create and seed the SQLite database, start the CMS
// and the site in production mode behind the edge (nginx, deploy/edge/), and print the URLs
// and the admin login. Without nginx the apps answer on the public ports themselves.
import path from 'node:path'

import { defaultClusterPorts, startCluster } from './cluster.mjs'
import { ensureNginx, startEdge } from './edge.mjs'
import { ensureLocalEnv, localEnvPath } from './localEnv.mjs'
import { run, step } from './run.mjs'
import { repoRoot, startCms, startWeb } from './servers.mjs'

/** Public ports (contracts): the edge listens here. */
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const webPort = Number(process.env.WEB_PORT ?? 3001)
/** Internal ports of the apps behind the edge (loopback only). */
const cmsInternalPort = Number(process.env.CMS_INTERNAL_PORT ?? 3010)
const webInternalPort = Number(process.env.WEB_INTERNAL_PORT ?? 3011)
const databaseUri = process.env.DATABASE_URI ?? `file:${path.join(repoRoot, 'apps/cms/data/cms.db')}`

step('Configuration')
const { values, generated } = ensureLocalEnv()
console.log(generated.length ? `Generated ${generated.join(', ')} into ${localEnvPath}` : `Using ${localEnvPath}`)

step('Building the CMS and the site (cached after the first run)')
const buildCode = await run('npx', ['turbo', 'run', 'build', '--filter=@crn/cms', '--filter=@crn/web', '--output-logs=errors-only'], {
  env: { NEXT_TELEMETRY_DISABLED: '1' },
})
if (buildCode !== 0) {
  console.error('Build failed: see the output above.')
  process.exit(buildCode)
}

/** Instances of each app (1 each by default); more run behind the edge's upstreams, sharing Redis. */
const instanceCount = (name) => {
  const value = Number(process.env[name] ?? 1)
  if (!Number.isInteger(value) || value < 1 || value > 8) {
    console.error(`${name} must be a whole number from 1 to 8 (got ${process.env[name]}).`)
    process.exit(2)
  }
  return value
}
const cmsInstances = instanceCount('CMS_INSTANCES')
const webInstances = instanceCount('WEB_INSTANCES')
if (cmsInstances > 1 || webInstances > 1) await startSeveral()

step('The edge (nginx)')
const nginx = ensureNginx()
const behindEdge = !nginx.problem
if (nginx.problem) console.warn(`  ${nginx.problem}\n  Starting WITHOUT the edge: the apps answer on :${cmsPort} and :${webPort} themselves (no cache, compression, limits).`)
const cmsAppPort = behindEdge ? cmsInternalPort : cmsPort
const webAppPort = behindEdge ? webInternalPort : webPort

const cmsUrl = `http://localhost:${cmsPort}`
const webUrl = `http://localhost:${webPort}`
const shared = { ...values, CMS_URL: cmsUrl, WEB_URL: webUrl, CMS_PORT: String(cmsPort), WEB_PORT: String(webPort) }

step(`Starting the CMS on 127.0.0.1:${cmsAppPort} (migrates and seeds an empty database on first start)`)
const cms = await startCms({
  port: cmsAppPort,
  databaseUri,
  // Revalidation after publishing goes straight to the site, not through the edge.
  env: { ...shared, WEB_INTERNAL_URL: `http://127.0.0.1:${webAppPort}` },
  seed: true,
  timeoutMs: 300_000,
})
step(`Starting the site on 127.0.0.1:${webAppPort}`)
// The site reads the CMS directly: an edge-cached answer could be older than the publish being rendered.
const web = await startWeb({ port: webAppPort, cmsUrl: `http://127.0.0.1:${cmsAppPort}`, contentSource: databaseUri, env: { ...shared, CMS_PUBLIC_URL: cmsUrl } }).catch(async (error) => {
  await cms.stop()
  throw error
})
let edge
if (behindEdge) {
  step(`Starting the edge on :${cmsPort} (CMS) and :${webPort} (site)`)
  edge = await startEdge({
    prefix: path.join(repoRoot, '.edge'),
    cmsPort,
    webPort,
    host: process.env.EDGE_HOST ?? '127.0.0.1',
    cmsUpstreams: [`127.0.0.1:${cmsAppPort}`],
    webUpstreams: [`127.0.0.1:${webAppPort}`],
    cmsOrigin: cmsUrl,
  }).catch(async (error) => {
    await Promise.allSettled([web.stop(), cms.stop()])
    throw error
  })
}

console.log(`
  CMS admin   ${cmsUrl}/admin
  REST API    ${cmsUrl}/api
  GraphQL     ${cmsUrl}/api/graphql
  Website     ${webUrl}/nb/forskning  ·  ${webUrl}/en/research

  Admin login ${values.SEED_ADMIN_EMAIL} / ${values.SEED_ADMIN_PASSWORD}
  (stored in ${path.relative(process.cwd(), localEnvPath) || localEnvPath}; Ctrl+C stops everything)
  ${behindEdge ? `Edge        nginx on :${cmsPort} and :${webPort}${edge.brotli ? ' (gzip + brotli)' : ' (gzip)'} → CMS 127.0.0.1:${cmsAppPort}, site 127.0.0.1:${webAppPort}` : 'Edge        NOT running (nginx missing): the apps answer directly'}
`)

let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  await Promise.allSettled([edge?.stop(), web.stop(), cms.stop()])
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))
cms.child.on('exit', (code) => {
  console.error(`The CMS stopped (exit ${code}).`)
  void shutdown(code ?? 1)
})
web.child.on('exit', (code) => {
  console.error(`The site stopped (exit ${code}).`)
  void shutdown(code ?? 1)
})
edge?.child.on('exit', (code) => {
  console.error(`The edge (nginx) stopped (exit ${code}).`)
  void shutdown(code ?? 1)
})

/** `WEB_INSTANCES=2 CMS_INSTANCES=2 npm start`: several instances behind the edge (needs nginx; Redis for several sites). */
async function startSeveral() {
  step('The edge (nginx)')
  const nginxFound = ensureNginx()
  if (nginxFound.problem) {
    console.error(`  ${nginxFound.problem}\n  Several instances run behind the edge only.`)
    process.exit(1)
  }
  const ports = defaultClusterPorts({ cmsInstances, webInstances })
  step(`Starting ${cmsInstances} CMS instance(s) on ${ports.cms.join(', ')}, the edge, and ${webInstances} site instance(s) on ${ports.web.join(', ')}${webInstances > 1 ? ` with Redis (${process.env.REDIS_URL ?? `127.0.0.1:${ports.redis}`})` : ''}`)
  const cluster = await startCluster({
    ports,
    databaseUri,
    env: values,
    edgePrefix: path.join(repoRoot, '.edge'),
    host: process.env.EDGE_HOST ?? '127.0.0.1',
    redisUrl: process.env.REDIS_URL,
  })
  const publicCms = `http://localhost:${ports.edgeCms}`
  const publicWeb = `http://localhost:${ports.edgeWeb}`
  console.log(`
  CMS admin   ${publicCms}/admin
  REST API    ${publicCms}/api
  Website     ${publicWeb}/nb/forskning  ·  ${publicWeb}/en/research

  Admin login ${values.SEED_ADMIN_EMAIL} / ${values.SEED_ADMIN_PASSWORD}
  (stored in ${path.relative(process.cwd(), localEnvPath) || localEnvPath}; Ctrl+C stops everything)
  Edge        nginx on :${ports.edgeCms} and :${ports.edgeWeb} → CMS ${ports.cms.map((port) => `127.0.0.1:${port}`).join(', ')} · site ${ports.web.map((port) => `127.0.0.1:${port}`).join(', ')}
  Shared      ${cluster.redisUrl ? `site cache in Redis ${cluster.redisUrl}` : 'one site instance: its own cache'} · the site reads the CMS via ${cluster.cmsReadUrl}
`)
  let stoppingAll = false
  const stopAll = async (code) => {
    if (stoppingAll) return
    stoppingAll = true
    await cluster.stop()
    process.exit(code)
  }
  process.on('SIGINT', () => void stopAll(0))
  process.on('SIGTERM', () => void stopAll(0))
  // An instance that stops is reported; the edge sends its visitors to the others.
  for (const [name, list] of [['CMS', cluster.cms], ['site', cluster.web]]) {
    for (const instance of list) instance.child.on('exit', (code) => console.error(`A ${name} instance (${instance.url}) stopped (exit ${code}); the others keep serving.`))
  }
  cluster.edge.child.on('exit', (code) => {
    console.error(`The edge (nginx) stopped (exit ${code}).`)
    void stopAll(code ?? 1)
  })
  if (cluster.redis) cluster.redis.child.on('exit', (code) => console.error(`Redis stopped (exit ${code}); the site instances serve from their own caches.`))
  // Keeps the launcher alive until a signal.
  await new Promise(() => {})
}
