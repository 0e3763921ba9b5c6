// Starts the BUILT CMS once for the HTTP suites (production mode, fresh SQLite file,
// seed on) behind the edge (nginx, deploy/edge/), as in production, and hands the edge's
// address to the tests through the environment. Jest runs this before any test file;
// globalTeardown.mjs stops both by their process groups.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureNginx, startEdge } from '../../../../packages/launcher/src/edge.mjs'
import { repoRoot, startCms } from '../../../../packages/launcher/src/servers.mjs'

const ADMIN_EMAIL = 'http-suite-admin@example.org'
const ADMIN_PASSWORD = `http-suite-${Date.now().toString(36)}-password`

export default async function globalSetup() {
  const buildId = path.join(repoRoot, 'apps/cms/.next/BUILD_ID')
  if (!fs.existsSync(buildId)) {
    throw new Error('The CMS is not built: run `cd apps/cms && npm run build` (npm test does this) before the HTTP suites.')
  }
  const nginx = ensureNginx()
  if (nginx.problem) throw new Error(`The HTTP suites run through the edge: ${nginx.problem}`)
  // The edge answers on CMS_TEST_PORT; the CMS itself on CMS_TEST_PORT + 10 (the edge's site
  // server, unused here, on + 11). Offsets 1 and 2 are health.http.spec.ts's own servers.
  const port = Number(process.env.CMS_TEST_PORT ?? 3100)
  const appPort = port + 10
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-cms-http-'))
  const databaseFile = path.join(dataDir, 'cms.db')
  const started = Date.now()
  console.log(`\n[http] starting the built CMS on port ${port} (database ${databaseFile}, seed on)…`)
  let cms
  try {
    // The seed creates the admin the suites sign in with (admin.http.spec.ts checks it).
    cms = await startCms({
      port: appPort,
      databaseUri: `file:${databaseFile}`,
      seed: true,
      quiet: true,
      env: {
        SEED_ADMIN_EMAIL: ADMIN_EMAIL,
        SEED_ADMIN_PASSWORD: ADMIN_PASSWORD,
        MEDIA_DIR: path.join(dataDir, 'media'),
        // The content API suite's webhook receiver listens on 127.0.0.1 (private networks stay refused).
        WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8',
        // Its public address is the edge's.
        CMS_URL: `http://127.0.0.1:${port}`,
      },
    })
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  let edge
  try {
    edge = await startEdge({
      prefix: path.join(dataDir, 'edge'),
      host: '127.0.0.1',
      cmsPort: port,
      webPort: port + 11,
      cmsUpstreams: [`127.0.0.1:${appPort}`],
      // No site in this suite: the edge's site server answers its 503 page.
      webUpstreams: [`127.0.0.1:${port + 12}`],
      cmsOrigin: `http://127.0.0.1:${port}`,
      quiet: true,
    })
  } catch (error) {
    await cms.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  console.log(`[http] CMS ready at ${cms.url} behind the edge at ${edge.cmsUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s`)

  globalThis.__CRN_HTTP_CMS__ = { cms, edge, dataDir }
  process.env.CMS_TEST_URL = edge.cmsUrl
  process.env.CMS_TEST_APP_URL = cms.url
  process.env.CMS_TEST_PORT = String(port)
  process.env.CMS_TEST_ADMIN_EMAIL = ADMIN_EMAIL
  process.env.CMS_TEST_ADMIN_PASSWORD = ADMIN_PASSWORD
}
