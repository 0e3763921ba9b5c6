// Starts the BUILT CMS (fresh SQLite file, seeded on start, with an admin user) and the BUILT
// site for the browser suite, and hands their URLs and credentials to the specs through
// process.env and a JSON state file (see state.ts). globalTeardown.mjs stops both.
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { randomSecret, repoRoot, startCms, startWeb } from '../../../../../packages/launcher/src/servers.mjs'
import { waitForSeededContent } from './seedReady.mjs'

const cmsPort = Number(process.env.E2E_CMS_PORT ?? 3210)
const webPort = Number(process.env.E2E_WEB_PORT ?? 3211)
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
  await assertPortFree(cmsPort)
  await assertPortFree(webPort)

  const runId = `${process.pid}-${Date.now()}`
  const databaseFile = path.join(os.tmpdir(), `crn-web-e2e-${runId}.db`)
  const stateFile = path.join(os.tmpdir(), `crn-web-e2e-${runId}.json`)
  const revalidateSecret = randomSecret()
  const previewSecret = randomSecret()
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

  process.stdout.write(`\n[e2e] starting the built CMS on :${cmsPort} (fresh SQLite ${databaseFile}, seeding)…\n`)
  servers.cms = await startCms({
    port: cmsPort,
    databaseUri: `file:${databaseFile}`,
    quiet: !showServerLogs,
    env: {
      REVALIDATE_SECRET: revalidateSecret,
      PREVIEW_SECRET: previewSecret,
      WEB_URL: webUrl,
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
  process.stdout.write(`[e2e] starting the built site on :${webPort} (empty page cache)…\n`)
  try {
    servers.web = await startWeb({
      port: webPort,
      cmsUrl: servers.cms.url,
      quiet: !showServerLogs,
      env: { REVALIDATE_SECRET: revalidateSecret, PREVIEW_SECRET: previewSecret },
    })
  } catch (error) {
    await servers.cms.stop()
    throw error
  }

  const state = {
    cmsUrl: servers.cms.url,
    webUrl: servers.web.url,
    cmsProcessGroup: servers.cms.child.pid,
    webProcessGroup: servers.web.child.pid,
    revalidateSecret,
    previewSecret,
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
