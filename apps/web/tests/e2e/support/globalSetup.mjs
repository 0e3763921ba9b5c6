// Starts the BUILT CMS (fresh SQLite file, seeded on start, with an admin user) and the BUILT
// site for the browser suite behind the edge (nginx, deploy/edge/), as in production, and hands
// the edge's URLs and credentials to the specs through process.env and a JSON state file (see
// state.ts). globalTeardown.mjs stops all three.
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { ensureNginx, startEdge } from '../../../../../packages/launcher/src/edge.mjs'
import { randomSecret, repoRoot, startCms, startWeb } from '../../../../../packages/launcher/src/servers.mjs'
import { waitForSeededContent } from './seedReady.mjs'

/** The edge's public ports (what the specs use). */
const cmsPort = Number(process.env.E2E_CMS_PORT ?? 3210)
const webPort = Number(process.env.E2E_WEB_PORT ?? 3211)
/** The apps behind it (loopback). */
const cmsAppPort = Number(process.env.E2E_CMS_APP_PORT ?? cmsPort + 10)
const webAppPort = Number(process.env.E2E_WEB_APP_PORT ?? webPort + 10)
const showServerLogs = process.env.E2E_SERVER_LOGS === '1'

/** The suite tests the production build; building is the caller's job (`npm test` builds first). */
function assertBuilt(app) {
  const buildId = path.join(repoRoot, 'apps', app, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) {
    throw new Error(`apps/${app} is not built (${buildId} is missing). Run \`npm run build\` in apps/${app} first.`)
  }
}

/** A port already taken would let the health checks pass against someone else's server. */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error) =>
      reject(new Error(`Port ${port} on 127.0.0.1 is in use (${error.code}); set E2E_CMS_PORT / E2E_WEB_PORT or stop that server.`)),
    )
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
}

export default async function globalSetup() {
  // Development aid: E2E_REUSE_STATE_FILE points at the state file of servers already running
  // (started by an earlier setup); the suite then uses them and leaves them running.
  const reuse = process.env.E2E_REUSE_STATE_FILE
  if (reuse) {
    const state = JSON.parse(fs.readFileSync(reuse, 'utf8'))
    process.env.E2E_STATE_FILE = reuse
    process.env.E2E_CMS_URL = state.cmsUrl
    process.env.E2E_WEB_URL = state.webUrl
    process.stdout.write(`\n[e2e] reusing running servers: CMS ${state.cmsUrl}, site ${state.webUrl}\n`)
    return
  }
  const started = Date.now()
  assertBuilt('cms')
  assertBuilt('web')
  const nginx = ensureNginx()
  if (nginx.problem) throw new Error(`The browser suite runs through the edge: ${nginx.problem}`)
  for (const port of [cmsPort, webPort, cmsAppPort, webAppPort]) await assertPortFree(port)

  const runId = `${process.pid}-${Date.now()}`
  const databaseFile = path.join(os.tmpdir(), `crn-web-e2e-${runId}.db`)
  const stateFile = path.join(os.tmpdir(), `crn-web-e2e-${runId}.json`)
  const revalidateSecret = randomSecret()
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  const webUrl = `http://127.0.0.1:${webPort}`
  const admin = { email: `e2e-admin-${process.pid}@kreftregisteret.test`, password: randomSecret(16) }

  const servers = {}
  globalThis.__CRN_E2E__ = { servers, stateFile, databaseFile }
  // If Jest dies or is interrupted without running the teardown, do not leave servers holding the ports.
  const killServers = () => {
    for (const server of Object.values(servers)) {
      if (server.isRunning() && server.child.pid) {
        try {
          process.kill(-server.child.pid, 'SIGKILL')
        } catch (error) {
          if (error.code !== 'ESRCH') console.error(`[e2e] could not stop process group ${server.child.pid}: ${error.message}`)
        }
      }
    }
  }
  process.once('exit', killServers)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      killServers()
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1))
    })
  }

  process.stdout.write(`\n[e2e] starting the built CMS on :${cmsAppPort} (fresh SQLite ${databaseFile}, seeding)…\n`)
  servers.cms = await startCms({
    port: cmsAppPort,
    databaseUri: `file:${databaseFile}`,
    quiet: !showServerLogs,
    env: {
      REVALIDATE_SECRET: revalidateSecret,
      CMS_URL: cmsUrl,
      WEB_URL: webUrl,
      // Revalidation goes straight to the site, not through the edge.
      WEB_INTERNAL_URL: `http://127.0.0.1:${webAppPort}`,
      SEED_ADMIN_EMAIL: admin.email,
      SEED_ADMIN_PASSWORD: admin.password,
    },
  })
  const counts = await waitForSeededContent(servers.cms.url)
  process.stdout.write(`[e2e] CMS ready at ${servers.cms.url}: ${Object.entries(counts).map(([slug, n]) => `${n} ${slug}`).join(', ')}\n`)

  // The site keeps rendered pages and CMS answers on disk across restarts (.next/server/route-cache,
  // .next/cache/fetch-cache). They belong to the previous run's database: start from an empty cache.
  for (const runtimeCache of ['server/route-cache', 'cache/fetch-cache']) {
    fs.rmSync(path.join(repoRoot, 'apps/web/.next', runtimeCache), { recursive: true, force: true })
  }
  process.stdout.write(`[e2e] starting the built site on :${webAppPort} (empty page cache)…\n`)
  try {
    servers.web = await startWeb({
      port: webAppPort,
      cmsUrl: servers.cms.url,
      quiet: !showServerLogs,
      env: { REVALIDATE_SECRET: revalidateSecret, WEB_URL: webUrl, CMS_PUBLIC_URL: cmsUrl },
    })
    const edgePrefix = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-web-e2e-edge-'))
    globalThis.__CRN_E2E__.edgePrefix = edgePrefix
    process.stdout.write(`[e2e] starting the edge on :${cmsPort} (CMS) and :${webPort} (site)…\n`)
    servers.edge = await startEdge({
      prefix: edgePrefix,
      host: '127.0.0.1',
      cmsPort,
      webPort,
      cmsUpstreams: [`127.0.0.1:${cmsAppPort}`],
      webUpstreams: [`127.0.0.1:${webAppPort}`],
      cmsOrigin: cmsUrl,
      quiet: !showServerLogs,
    })
  } catch (error) {
    await Promise.all(Object.values(servers).map((server) => server.stop()))
    throw error
  }

  const state = {
    cmsUrl,
    webUrl,
    cmsAppUrl: servers.cms.url,
    webAppUrl: servers.web.url,
    cmsProcessGroup: servers.cms.child.pid,
    webProcessGroup: servers.web.child.pid,
    edgeProcessGroup: servers.edge.child.pid,
    revalidateSecret,
    adminEmail: admin.email,
    adminPassword: admin.password,
    databaseFile,
  }
  fs.writeFileSync(stateFile, JSON.stringify(state, null, 2), { mode: 0o600 })
  process.env.E2E_STATE_FILE = stateFile
  process.env.E2E_CMS_URL = state.cmsUrl
  process.env.E2E_WEB_URL = state.webUrl
  process.stdout.write(`[e2e] site ready at ${state.webUrl} (servers up in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
}
