#!/usr/bin/env node
// `npm test`: every check and suite, in order — browser and edge (nginx) present, generated types and
// migrations fresh, typecheck, lint, build, then the Jest suites (unit, integration, HTTP
// against the built CMS, browser against the built site). Ends with one line:
// `tests: N passed, N failed`, counted from the runners' own results.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { AUDIT_UNREACHABLE } from './auditCodes.mjs'
import { ensureChromium } from './browser.mjs'
import { ensureNginx } from './edge.mjs'
import { ensureRedis } from './redis.mjs'
import { run, step } from './run.mjs'
import { repoRoot } from './servers.mjs'

const require = createRequire(import.meta.url)
const jestBin = require.resolve('jest/bin/jest', { paths: [path.join(repoRoot, 'apps/cms')] })
const resultsDir = path.join(repoRoot, '.test-results')
fs.rmSync(resultsDir, { recursive: true, force: true })
fs.mkdirSync(resultsDir, { recursive: true })

/** @type {{ name: string, passed: number, failed: number, note?: string }[]} */
const results = []
const record = (name, passed, failed, note) => {
  results.push({ name, passed, failed, note })
  console.log(`  ${failed ? '✗' : '✓'} ${name}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}`)
}
const check = async (name, command, args, options) => {
  step(name)
  const code = await run(command, args, options)
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1)
  return code === 0
}

const cmsDir = path.join(repoRoot, 'apps/cms')
const payloadEnv = { DATABASE_URI: `file:${path.join(os.tmpdir(), `crn-check-${process.pid}.db`)}`, NODE_ENV: 'development' }

// 1. Browser for the browser suites.
step('Browser (Debian Chromium)')
let browserProblem
try {
  console.log(`  using ${ensureChromium()}`)
} catch (error) {
  browserProblem = error.message
  console.error(`  ${browserProblem}`)
}

// 1b. nginx for the edge the HTTP and browser suites run through.
step('Edge (Debian nginx)')
const nginx = ensureNginx()
const edgeProblem = nginx.problem
console.log(edgeProblem ? `  ${edgeProblem}` : `  using ${nginx.path}`)

// 1c. redis-server for the instances suite (the site instances' shared cache).
step('Redis (Debian redis-server)')
const redisFound = ensureRedis()
const clusterProblem = edgeProblem ?? redisFound.problem
console.log(redisFound.problem ? `  ${redisFound.problem}` : `  using ${redisFound.path}`)

// 2. Generated content types must match the config.
step('Generated content types are up to date')
const typesFile = path.join(repoRoot, 'packages/content-types/src/payload-types.ts')
const typesBefore = fs.readFileSync(typesFile, 'utf8')
const typesCode = await run(process.execPath, ['scripts/payload.mjs', 'generate:types'], { cwd: cmsDir, env: payloadEnv })
const typesFresh = typesCode === 0 && fs.readFileSync(typesFile, 'utf8') === typesBefore
if (!typesFresh) console.error('  payload-types.ts was stale: it has been regenerated — review and commit it.')
record('generated types fresh', typesFresh ? 1 : 0, typesFresh ? 0 : 1)

// 3. Committed migrations must describe the current schema.
step('SQLite migrations are up to date')
const migrationsDir = path.join(cmsDir, 'migrations')
const migrationsBefore = new Set(fs.readdirSync(migrationsDir))
const migrationIndexBefore = fs.readFileSync(path.join(migrationsDir, 'index.ts'), 'utf8')
const migrateCode = await run(process.execPath, ['scripts/payload.mjs', 'migrate:create', 'schema_check', '--skip-empty'], { cwd: cmsDir, env: payloadEnv })
const newMigrationFiles = fs.readdirSync(migrationsDir).filter((file) => !migrationsBefore.has(file))
for (const file of newMigrationFiles) fs.rmSync(path.join(migrationsDir, file))
if (newMigrationFiles.length) {
  fs.writeFileSync(path.join(migrationsDir, 'index.ts'), migrationIndexBefore)
  console.error('  The schema changed without a migration: run `npm run migrate:create -w @crn/cms -- <name>` and commit it.')
}
const migrationsFresh = migrateCode === 0 && newMigrationFiles.length === 0
record('migrations fresh', migrationsFresh ? 1 : 0, migrationsFresh ? 0 : 1)

// 4. Static checks and build.
await check('typecheck', 'npx', ['turbo', 'run', 'typecheck', '--output-logs=errors-only'])
await check('lint', 'npx', ['turbo', 'run', 'lint', '--output-logs=errors-only'])
// Production dependencies: no new high/critical advisory beyond the reviewed allowlist.
// An unreachable audit service is reported as not run (counted neither way), never as a pass.
step('npm audit (production dependencies)')
const auditCode = await run(process.execPath, [path.join(repoRoot, 'packages/launcher/src/audit.mjs')])
/** Checks that could not run here, listed again in the summary (they count neither way). */
const notRun = []
if (auditCode === AUDIT_UNREACHABLE) {
  notRun.push('npm audit (production dependencies): the audit service could not be reached')
  console.log(`  ! not run: ${notRun.at(-1)}`)
}
else record('npm audit (production dependencies)', auditCode === 0 ? 1 : 0, auditCode === 0 ? 0 : 1)
const built = await check('build', 'npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { env: { NEXT_TELEMETRY_DISABLED: '1' } })

// 5. Jest suites, each writing its own JSON result.
const suites = [
  { name: 'content-client unit', dir: 'packages/content-client', config: 'jest.config.js' },
  { name: 'site-contract unit', dir: 'packages/site-contract', config: 'jest.config.js' },
  { name: 'seed unit', dir: 'packages/seed', config: 'jest.config.js' },
  { name: 'cms unit + integration', dir: 'apps/cms', config: 'jest.config.js' },
  { name: 'web unit', dir: 'apps/web', config: 'jest.config.js' },
  { name: 'cms HTTP (built CMS behind the edge)', dir: 'apps/cms', config: 'jest.http.config.js', needsBuild: true, needsEdge: true },
  { name: 'edge (nginx + built site + CMS)', dir: 'apps/web', config: 'jest.edge.config.js', needsBuild: true, needsEdge: true },
  { name: 'web browser (built site + CMS behind the edge)', dir: 'apps/web', config: 'jest.e2e.config.js', needsBuild: true, needsBrowser: true, needsEdge: true },
  { name: 'instances (2 CMS + 2 sites + Redis + edge)', dir: 'apps/cms', config: 'jest.instances.config.js', needsBuild: true, needsCluster: true },
  // Media in S3: only with a real S3-compatible server to test against. Without one the suite is not
  // registered at all (never counted, never reported as skipped); media on the MEDIA_DIR volume is
  // covered by the cms unit + integration suite.
  ...(process.env.S3_TEST_ENDPOINT ? [{ name: `media in S3 (${process.env.S3_TEST_ENDPOINT})`, dir: 'apps/cms', config: 'jest.s3.config.js' }] : []),
]
for (const suite of suites) {
  const cwd = path.join(repoRoot, suite.dir)
  if (!fs.existsSync(path.join(cwd, suite.config))) continue
  step(`Jest: ${suite.name}`)
  if (suite.needsBuild && !built) {
    record(suite.name, 0, 1, 'not run: the build failed')
    continue
  }
  if (suite.needsEdge && edgeProblem) {
    record(suite.name, 0, 1, `not run: ${edgeProblem}`)
    continue
  }
  if (suite.needsCluster && clusterProblem) {
    record(suite.name, 0, 1, `not run: ${clusterProblem}`)
    continue
  }
  if (suite.needsBrowser && browserProblem) {
    record(suite.name, 0, 1, `not run: ${browserProblem}`)
    continue
  }
  const outputFile = path.join(resultsDir, `${suite.name.replace(/\W+/g, '-')}.json`)
  const code = await run(process.execPath, ['--experimental-vm-modules', jestBin, '--config', suite.config, '--ci', '--json', `--outputFile=${outputFile}`], {
    cwd,
    env: { NODE_OPTIONS: '--experimental-vm-modules --max-old-space-size=4096', NEXT_TELEMETRY_DISABLED: '1', CI: '1' },
  })
  if (!fs.existsSync(outputFile)) {
    record(suite.name, 0, 1, `Jest exited ${code} without results`)
    continue
  }
  const report = JSON.parse(fs.readFileSync(outputFile, 'utf8'))
  // A suite that fails to load has no failed tests of its own: count it as one failure.
  const brokenSuites = report.numRuntimeErrorTestSuites ?? 0
  const failed = report.numFailedTests + brokenSuites
  record(suite.name, report.numPassedTests, failed, code !== 0 && failed === 0 ? `jest exit ${code}` : undefined)
  if (code !== 0 && failed === 0) results[results.length - 1].failed = 1
}

const passed = results.reduce((sum, result) => sum + result.passed, 0)
const failed = results.reduce((sum, result) => sum + result.failed, 0)
fs.writeFileSync(path.join(resultsDir, 'summary.json'), JSON.stringify({ passed, failed, results }, null, 2))
step('Summary')
for (const result of results) console.log(`  ${result.failed ? '✗' : '✓'} ${result.name}: ${result.passed} passed, ${result.failed} failed${result.note ? ` (${result.note})` : ''}`)
for (const check of notRun) console.log(`  ! not run: ${check}`)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
