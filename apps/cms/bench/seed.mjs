// Seed timing: (1) first start of the BUILT CMS on an empty SQLite file — migrations run and
// the registry content is seeded before /api/health answers ok; (2) a second seed run on the
// same file, the way `npm run seed` does it (`payload run src/seed/run.ts`, production mode),
// which must create nothing. Targets: first start ≤ 60 s, re-seed ≤ 10 s (whole command).
import { spawn } from 'node:child_process'
import path from 'node:path'

import { randomSecret, repoRoot, startCms } from '../../../packages/launcher/src/servers.mjs'
import { assertBuilt, progress, removeDatabase, sharedSecret, tempDatabaseFile } from './support.mjs'

const TARGET_FIRST_START_MS = 60_000
const TARGET_RESEED_MS = 10_000
const cmsPort = Number(process.env.BENCH_SEED_CMS_PORT ?? 3460)

/** Runs the seed command on `databaseUri`; resolves with its exit code, output and wall time. */
function runSeedCommand(env) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn('npm', ['run', 'seed', '-w', '@crn/cms'], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const collect = (chunk) => {
      const text = chunk.toString()
      output += text
      for (const line of text.split('\n')) if (/\[seed\] (done|.*: \d+ created)/.test(line)) progress(`re-seed: ${line.trim()}`)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output, ms: performance.now() - started }))
  })
}

export async function run() {
  assertBuilt('cms')
  const databaseFile = tempDatabaseFile('seed')
  removeDatabase(databaseFile)
  const env = {
    PAYLOAD_SECRET: randomSecret(32),
    REVALIDATE_SECRET: sharedSecret(),
    SEED_ADMIN_EMAIL: 'bench-admin@kreftregisteret.test',
    SEED_ADMIN_PASSWORD: randomSecret(12),
  }
  let cms
  try {
    progress(`first start of the built CMS on :${cmsPort} against an empty ${databaseFile}…`)
    const startedAt = performance.now()
    cms = await startCms({ port: cmsPort, databaseUri: `file:${databaseFile}`, quiet: true, timeoutMs: 180_000, env })
    const firstStartMs = performance.now() - startedAt
    const seededLine = /\[seed\] done in [\d.]+ s: (\d+) created, (\d+) skipped, (\d+) failed/.exec(cms.output())
    if (!seededLine) throw new Error(`The CMS answered /api/health but its log has no seed summary:\n${cms.output().slice(-2000)}`)
    const firstCreated = Number(seededLine[1])
    progress(`first start: health ok after ${(firstStartMs / 1000).toFixed(1)} s, seed created ${firstCreated} item(s)`)
    const counts = await (await fetch(`${cms.url}/api/projects?limit=1&depth=0&locale=en`)).json()
    progress(`published projects visible: ${counts.totalDocs}`)
    await cms.stop()
    cms = undefined

    progress('second seed run on the same database (npm run seed -w @crn/cms, production mode)…')
    const reseed = await runSeedCommand({ ...env, DATABASE_URI: `file:${databaseFile}` })
    if (reseed.code !== 0) throw new Error(`The re-seed exited ${reseed.code}:\n${reseed.output.slice(-3000)}`)
    const summary = /\[seed\] done in ([\d.]+) s: (\d+) created, (\d+) skipped, (\d+) failed/.exec(reseed.output)
    if (!summary) throw new Error(`The re-seed printed no summary:\n${reseed.output.slice(-2000)}`)
    const [, engineSeconds, created, skipped, failed] = summary
    const reseedCreatedNothing = Number(created) === 0 && Number(failed) === 0
    const ok = firstCreated > 0 && firstStartMs <= TARGET_FIRST_START_MS && reseed.ms <= TARGET_RESEED_MS && reseedCreatedNothing
    return {
      ok,
      summary:
        `first start (migrate + seed ${firstCreated} items) ${(firstStartMs / 1000).toFixed(1)} s (target ≤ ${TARGET_FIRST_START_MS / 1000} s); ` +
        `re-seed ${(reseed.ms / 1000).toFixed(1)} s whole command, ${engineSeconds} s in the seed engine, ${created} created / ${skipped} skipped / ${failed} failed ` +
        `(target ≤ ${TARGET_RESEED_MS / 1000} s, nothing created)`,
    }
  } finally {
    if (cms) await cms.stop()
    removeDatabase(path.resolve(databaseFile))
  }
}
