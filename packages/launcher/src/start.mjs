#!/usr/bin/env node
// `npm start`: build what is needed, create and seed the SQLite database, start the CMS
// and the site in production mode, and print the URLs and the admin login.
import path from 'node:path'

import { ensureLocalEnv, localEnvPath } from './localEnv.mjs'
import { run, step } from './run.mjs'
import { repoRoot, startCms, startWeb } from './servers.mjs'

const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const webPort = Number(process.env.WEB_PORT ?? 3001)
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

const cmsUrl = `http://localhost:${cmsPort}`
const webUrl = `http://localhost:${webPort}`
const shared = { ...values, CMS_URL: cmsUrl, WEB_URL: webUrl, CMS_PORT: String(cmsPort), WEB_PORT: String(webPort) }

step(`Starting the CMS on ${cmsUrl} (migrates and seeds an empty database on first start)`)
const cms = await startCms({ port: cmsPort, databaseUri, env: shared, seed: true, timeoutMs: 300_000 })
step(`Starting the site on ${webUrl}`)
const web = await startWeb({ port: webPort, cmsUrl: `http://127.0.0.1:${cmsPort}`, contentSource: databaseUri, env: shared }).catch(async (error) => {
  await cms.stop()
  throw error
})

console.log(`
  CMS admin   ${cmsUrl}/admin
  REST API    ${cmsUrl}/api
  GraphQL     ${cmsUrl}/api/graphql
  Website     ${webUrl}/nb/forskning  ·  ${webUrl}/en/research

  Admin login ${values.SEED_ADMIN_EMAIL} / ${values.SEED_ADMIN_PASSWORD}
  (stored in ${path.relative(process.cwd(), localEnvPath) || localEnvPath}; Ctrl+C stops both servers)
`)

let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  await Promise.allSettled([web.stop(), cms.stop()])
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
