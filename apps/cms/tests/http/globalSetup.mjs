// Starts the BUILT CMS once for the HTTP suites (production mode, fresh SQLite file,
// seed on) and hands its address to the tests through the environment. Jest runs this
// before any test file; globalTeardown.mjs stops the server by its process group.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { repoRoot, startCms } from '../../../../packages/launcher/src/servers.mjs'

const ADMIN_EMAIL = 'http-suite-admin@example.org'
const ADMIN_PASSWORD = `http-suite-${Date.now().toString(36)}-password`

export default async function globalSetup() {
  const buildId = path.join(repoRoot, 'apps/cms/.next/BUILD_ID')
  if (!fs.existsSync(buildId)) {
    throw new Error('The CMS is not built: run `cd apps/cms && npm run build` (npm test does this) before the HTTP suites.')
  }
  const port = Number(process.env.CMS_TEST_PORT ?? 3100)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-cms-http-'))
  const databaseFile = path.join(dataDir, 'cms.db')
  const started = Date.now()
  console.log(`\n[http] starting the built CMS on port ${port} (database ${databaseFile}, seed on)…`)
  const cms = await startCms({
    port,
    databaseUri: `file:${databaseFile}`,
    seed: true,
    quiet: true,
    env: { SEED_ADMIN_EMAIL: ADMIN_EMAIL, SEED_ADMIN_PASSWORD: ADMIN_PASSWORD, MEDIA_DIR: path.join(dataDir, 'media') },
  })
  console.log(`[http] CMS ready at ${cms.url} after ${((Date.now() - started) / 1000).toFixed(1)} s`)
  await ensureAdmin(cms.url)

  globalThis.__CRN_HTTP_CMS__ = { cms, dataDir }
  process.env.CMS_TEST_URL = cms.url
  process.env.CMS_TEST_PORT = String(port)
  process.env.CMS_TEST_ADMIN_EMAIL = ADMIN_EMAIL
  process.env.CMS_TEST_ADMIN_PASSWORD = ADMIN_PASSWORD
}

/**
 * The seed creates the admin from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD. Until it does
 * (the seed is built by another part of the team), an empty users collection gets the
 * same account through Payload's own first-user registration, so the suites can sign in.
 */
async function ensureAdmin(url) {
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  })
  if (login.ok) {
    console.log('[http] signed in as the admin created by the seed')
    return
  }
  const init = await (await fetch(`${url}/api/users/init`)).json()
  if (init.initialized) {
    throw new Error(`Cannot sign in as ${ADMIN_EMAIL} (status ${login.status}) and other users exist: the seed did not create the admin.`)
  }
  const register = await fetch(`${url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  })
  if (!register.ok) throw new Error(`Could not register the first user: ${register.status} ${await register.text()}`)
  console.log('[http] no admin from the seed yet: registered the first user through /api/users/first-register')
}
