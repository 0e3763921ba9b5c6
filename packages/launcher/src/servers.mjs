// Starts the built CMS and site as real servers (production mode), for `npm start` and
// for the HTTP/browser test suites. Each server runs in its own process group so that
// stopping it also stops `next-server` (killing only the parent would leave the port held).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { superviseProcessGroup } from './processGroup.mjs'

const require = createRequire(import.meta.url)
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const nextBin = require.resolve('next/dist/bin/next', { paths: [path.join(repoRoot, 'apps/cms')] })

/** A random secret of `bytes` bytes, hex-encoded. */
export const randomSecret = (bytes = 32) => randomBytes(bytes).toString('hex')

/**
 * Polls `url` until it answers `expectStatus` (default 200) or `timeoutMs` passes.
 * @returns {Promise<Response>}
 */
export async function waitForHttp(url, { timeoutMs = 120_000, expectStatus = 200, intervalMs = 500 } = {}) {
  const deadline = Date.now() + timeoutMs
  let lastProblem = 'no answer yet'
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: 'manual' })
      if (response.status === expectStatus) return response
      lastProblem = `status ${response.status}`
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${url} (${lastProblem})`)
}

/**
 * The apps listen on loopback only: visitors reach them through the edge. The site listens on
 * `localhost` (127.0.0.1 here) rather than `127.0.0.1` because of how Next 16 handles the proxy's
 * rewrites (apps/web/src/proxy.ts): it hands the proxy the request as `http://localhost:<port>/…`
 * but compares the rewrite's origin with `http://<-H hostname>:<port>`, and a rewrite to any other
 * origin is fetched over HTTP, from itself. With `-H 127.0.0.1` every localized page took that
 * second hop, and a request in flight when an instance stopped failed on it (ECONNREFUSED, a 500).
 */
const LISTEN_HOST = { cms: '127.0.0.1', web: 'localhost' }

/**
 * The site's JavaScript heap limit (MiB), the same in apps/web/Dockerfile. Without one, V8 sizes the
 * heap from the machine's memory (gigabytes) and lets it grow long before collecting: in the soak
 * (apps/cms/bench/soak.mjs) the site's RSS climbed from 300 to ~590 MiB in 10 minutes and fell back in
 * a sawtooth, garbage that was simply not collected yet, not a leak. With a limit the collector works
 * within it and the instance's memory stays flat (docs/benchmarks.md, "Soak").
 */
export const WEB_HEAP_LIMIT_MB = 384

/**
 * Node options of the site's server (after the launching process's own, so these win): the heap
 * limit above, and the hook that sends visitors pages without Next's client runtime
 * (apps/web/visitor-html/). The same two in apps/web/Dockerfile.
 */
function webNodeOptions() {
  const visitorHtml = pathToFileURL(path.join(repoRoot, 'apps/web/visitor-html/install.mjs')).href
  return `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${WEB_HEAP_LIMIT_MB} --import=${visitorHtml}`.trim()
}

/**
 * Spawns `next start` for an app in its own process group.
 * @param {{ app: 'cms' | 'web', port: number, env: Record<string, string>, label?: string, quiet?: boolean }} options
 */
export function spawnNextStart({ app, port, env, label = app, quiet = false }) {
  const cwd = path.join(repoRoot, 'apps', app)
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', LISTEN_HOST[app]], {
    cwd,
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      ...(app === 'web' ? { NODE_OPTIONS: webNodeOptions() } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return superviseProcessGroup(child, { label, quiet, keepChunks: 400 })
}

/**
 * Starts the built CMS on `port` against `databaseUri` and waits until /api/health is ok
 * (the first request initialises Payload: migrations run and an empty database is seeded).
 * @param {{ port: number, databaseUri: string, env?: Record<string,string>, seed?: boolean, quiet?: boolean, timeoutMs?: number }} options
 */
export async function startCms({ port, databaseUri, env = {}, seed = true, quiet = false, timeoutMs = 180_000 }) {
  const url = `http://127.0.0.1:${port}`
  const server = spawnNextStart({
    app: 'cms',
    port,
    quiet,
    env: {
      DATABASE_URI: databaseUri,
      CMS_URL: url,
      CMS_PORT: String(port),
      PAYLOAD_SECRET: randomSecret(),
      REVALIDATE_SECRET: randomSecret(),
      PREVIEW_SECRET: randomSecret(),
      SEED_ON_START: seed ? 'true' : 'false',
      ...env,
    },
  })
  try {
    await waitForHttp(`${url}/api/health`, { timeoutMs })
  } catch (error) {
    await server.stop()
    throw new Error(`${error.message}\n--- CMS output ---\n${server.output().slice(-4000)}`)
  }
  return { ...server, url }
}

/** Where `next start` keeps rendered pages and CMS answers between restarts. */
const WEB_RUNTIME_CACHES = ['server/route-cache', 'cache/fetch-cache']

/**
 * The site's disk cache survives restarts: good for serving while the CMS is down, wrong when
 * the site now reads another CMS or database (say `npm start` after the test suites ran).
 * Clears it when `identity` differs from the one it was filled for.
 */
export function resetWebCacheUnless(identity) {
  const nextDir = path.join(repoRoot, 'apps/web/.next')
  if (!fs.existsSync(nextDir)) return false
  const marker = path.join(nextDir, 'cache', 'crn-content-source')
  const previous = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : undefined
  if (previous === identity) return false
  for (const cache of WEB_RUNTIME_CACHES) fs.rmSync(path.join(nextDir, cache), { recursive: true, force: true })
  fs.mkdirSync(path.dirname(marker), { recursive: true })
  fs.writeFileSync(marker, identity)
  return true
}

/**
 * Empties the site's disk cache when it was filled from `identity` (the content a restore just
 * replaced), so the next start renders from the restored content. A cache filled from other
 * content is left alone: the next start clears it anyway (resetWebCacheUnless).
 */
export function clearWebCacheOf(identity) {
  const nextDir = path.join(repoRoot, 'apps/web/.next')
  const marker = path.join(nextDir, 'cache', 'crn-content-source')
  if (!fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== identity) return false
  for (const cache of WEB_RUNTIME_CACHES) fs.rmSync(path.join(nextDir, cache), { recursive: true, force: true })
  fs.rmSync(marker, { force: true })
  return true
}

/**
 * Starts the built site on `port`, reading from the CMS at `cmsUrl`. `contentSource` names the
 * content behind that CMS (default: its URL); the site's disk cache is kept only for the same one.
 * @param {{ port: number, cmsUrl: string, contentSource?: string, env?: Record<string,string>, quiet?: boolean, timeoutMs?: number, readyPath?: string }} options
 */
export async function startWeb({ port, cmsUrl, contentSource = cmsUrl, env = {}, quiet = false, timeoutMs = 60_000, readyPath = '/api/health' }) {
  const url = `http://127.0.0.1:${port}`
  if (resetWebCacheUnless(contentSource)) console.log(`[web] cleared the site's page cache: it was filled from other content than ${contentSource}`)
  const server = spawnNextStart({
    app: 'web',
    port,
    quiet,
    env: { CMS_URL: cmsUrl, WEB_URL: url, WEB_PORT: String(port), ...env },
  })
  try {
    await waitForHttp(`${url}${readyPath}`, { timeoutMs })
  } catch (error) {
    await server.stop()
    throw new Error(`${error.message}\n--- site output ---\n${server.output().slice(-4000)}`)
  }
  return { ...server, url }
}
