import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startCluster } from '../../../../../packages/launcher/src/cluster.mjs'
import { randomSecret } from '../../../../../packages/launcher/src/servers.mjs'

/**
 * Two CMS instances on one SQLite file, two site instances sharing Redis, the edge in front:
 * the topology of `WEB_INSTANCES=2 CMS_INSTANCES=2 npm start`, on the ports from
 * INSTANCES_TEST_PORT (default 3300): edge CMS +0, edge site +1, CMS read listener +2, Redis +3,
 * CMS instances +10 / +20, site instances +11 / +21.
 */
export type TestCluster = Awaited<ReturnType<typeof startTestCluster>>

export function clusterPorts(base = Number(process.env.INSTANCES_TEST_PORT ?? 3300)) {
  return { edgeCms: base, edgeWeb: base + 1, cmsRead: base + 2, redis: base + 3, cms: [base + 10, base + 20], web: [base + 11, base + 21] }
}

export async function startTestCluster() {
  const ports = clusterPorts()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-instances-'))
  // nginx's workers (user nobody when started as root) write the edge's cache inside it.
  fs.chmodSync(dataDir, 0o755)
  const admin = { email: 'instances-admin@kreftregisteret.test', password: `instances-${randomSecret(8)}` }
  // Every instance of an app shares its secrets (tokens signed by one are checked by the other).
  const env = {
    PAYLOAD_SECRET: randomSecret(),
    REVALIDATE_SECRET: randomSecret(),
    PREVIEW_SECRET: randomSecret(),
    SEED_ADMIN_EMAIL: admin.email,
    SEED_ADMIN_PASSWORD: admin.password,
    // One media folder for both CMS instances: the shared volume of a deployment.
    MEDIA_DIR: path.join(dataDir, 'media'),
    // The webhook receiver of the exactly-once test listens on loopback.
    WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8',
  }
  const cluster = await startCluster({
    ports,
    databaseUri: `file:${path.join(dataDir, 'cms.db')}`,
    env,
    edgePrefix: path.join(dataDir, 'edge'),
    publicCmsUrl: `http://127.0.0.1:${ports.edgeCms}`,
    publicWebUrl: `http://127.0.0.1:${ports.edgeWeb}`,
    quiet: true,
    cmsTimeoutMs: 240_000,
  })
  return {
    ...cluster,
    ports,
    admin,
    env,
    databaseFile: path.join(dataDir, 'cms.db'),
    edgeCmsUrl: `http://127.0.0.1:${ports.edgeCms}`,
    edgeWebUrl: `http://127.0.0.1:${ports.edgeWeb}`,
    cleanup: async () => {
      await cluster.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export type JsonResponse<T = unknown> = { status: number; body: T; headers: Headers }

export async function requestJson<T = unknown>(url: string, init: { method?: string; json?: unknown; token?: string } = {}): Promise<JsonResponse<T>> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.json === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
    },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as T, headers: response.headers }
}

export async function login(cmsUrl: string, email: string, password: string): Promise<string> {
  const response = await requestJson<{ token?: string }>(`${cmsUrl}/api/users/login`, { method: 'POST', json: { email, password } })
  if (response.status !== 200 || !response.body.token) throw new Error(`login at ${cmsUrl} answered ${response.status}: ${JSON.stringify(response.body)}`)
  return response.body.token
}

/** Polls `probe` every `intervalMs` until it returns a value (not undefined) or `timeoutMs` passes. */
export async function pollFor<T>(what: string, probe: () => Promise<T | undefined>, { timeoutMs = 15_000, intervalMs = 100 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    try {
      const value = await probe()
      if (value !== undefined) return value
    } catch (error) {
      lastError = error
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`)
}

/** The page's HTML from one site instance (its internal port), past every cache but the site's own. */
export async function pageHtml(siteUrl: string, pagePath: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${siteUrl}${pagePath}`, { signal: AbortSignal.timeout(30_000), redirect: 'manual' })
  return { status: response.status, html: await response.text() }
}
