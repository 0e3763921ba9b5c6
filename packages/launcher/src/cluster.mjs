// Several instances of each app behind the edge: `WEB_INSTANCES=2 CMS_INSTANCES=2 npm start`,
// the multi-instance test suite and `npm run bench -- instances`.
//
//   edge (nginx) ─┬─ site × N ── Redis (shared page/data cache)
//                 │     └─ reads the CMS through the edge's internal listener (no cache, failover)
//                 └─ CMS × M ── one database (SQLite file / MongoDB replica set)
//
// The first CMS instance migrates and seeds an empty database; the others start after it with
// seeding off. The CMS instances send revalidations to the edge's site port (any site instance
// will do: the tag marks are shared in Redis). Exactly one CMS instance runs the jobs queue at a
// time (apps/cms/src/jobs/runnerLease).
import { startEdge } from './edge.mjs'
import { ensureRedis, startRedis } from './redis.mjs'
import { startCms, startWeb } from './servers.mjs'

/**
 * @typedef {{ cms: number[], web: number[], edgeCms: number, edgeWeb: number, cmsRead: number, redis: number }} ClusterPorts
 *   cms / web: each instance's loopback port; edgeCms / edgeWeb: the edge's public ports;
 *   cmsRead: the edge's internal listener for the site's CMS reads (several CMS instances only);
 *   redis: the Redis this starts when REDIS_URL is not given (several site instances only).
 */

/**
 * The default ports of `npm start`: instance i of the CMS on CMS_INTERNAL_PORT + 10·i, of the site
 * on WEB_INTERNAL_PORT + 10·i (3010, 3020… and 3011, 3021…); the CMS read listener on 3002, Redis on 3012.
 * @returns {ClusterPorts}
 */
export function defaultClusterPorts({ cmsInstances, webInstances, env = process.env }) {
  const cmsBase = Number(env.CMS_INTERNAL_PORT ?? 3010)
  const webBase = Number(env.WEB_INTERNAL_PORT ?? 3011)
  return {
    cms: Array.from({ length: cmsInstances }, (_, index) => cmsBase + 10 * index),
    web: Array.from({ length: webInstances }, (_, index) => webBase + 10 * index),
    edgeCms: Number(env.CMS_PORT ?? 3000),
    edgeWeb: Number(env.WEB_PORT ?? 3001),
    cmsRead: Number(env.CMS_READ_PORT ?? 3002),
    redis: Number(env.REDIS_PORT ?? 3012),
  }
}

/**
 * Starts Redis (several site instances), the CMS instances, the edge and the site instances.
 * @param {{ ports: ClusterPorts, databaseUri: string, env?: Record<string,string>, cmsEnv?: Record<string,string>,
 *   webEnv?: Record<string,string>, edgePrefix: string, publicCmsUrl?: string, publicWebUrl?: string, redisUrl?: string,
 *   contentSource?: string, host?: string, quiet?: boolean, seed?: boolean, cmsTimeoutMs?: number }} options
 */
export async function startCluster({
  ports,
  databaseUri,
  env = {},
  cmsEnv = {},
  webEnv = {},
  edgePrefix,
  publicCmsUrl = `http://localhost:${ports.edgeCms}`,
  publicWebUrl = `http://localhost:${ports.edgeWeb}`,
  redisUrl,
  contentSource = databaseUri,
  host = '127.0.0.1',
  quiet = false,
  seed = true,
  cmsTimeoutMs = 300_000,
}) {
  /** Everything started so far, stopped in reverse on failure. */
  const started = []
  /**
   * @type {{ cms: Awaited<ReturnType<typeof startCms>>[], web: Awaited<ReturnType<typeof startWeb>>[],
   *   redis: Awaited<ReturnType<typeof startRedis>> | undefined, edge: Awaited<ReturnType<typeof startEdge>> | undefined,
   *   redisUrl: string | undefined, cmsReadUrl: string }}
   */
  const cluster = { cms: [], web: [], redis: undefined, edge: undefined, redisUrl, cmsReadUrl: '' }
  const stop = async () => {
    await Promise.allSettled([...started].reverse().map((part) => part.stop()))
  }
  try {
    const severalSites = ports.web.length > 1
    if (severalSites && !cluster.redisUrl) {
      const redis = ensureRedis()
      if (redis.problem) throw new Error(redis.problem)
      cluster.redis = await startRedis({ port: ports.redis, quiet })
      started.push(cluster.redis)
      cluster.redisUrl = cluster.redis.url
    }

    const shared = { ...env, CMS_URL: publicCmsUrl, WEB_URL: publicWebUrl }
    const cmsInstanceEnv = (index) => ({
      ...shared,
      ...cmsEnv,
      CMS_PORT: String(ports.cms[index]),
      // Revalidation goes to whichever site instance the edge picks: the marks are shared in Redis.
      WEB_INTERNAL_URL: severalSites ? `http://127.0.0.1:${ports.edgeWeb}` : `http://127.0.0.1:${ports.web[0]}`,
    })
    // The first instance migrates and seeds; the others join an initialised database.
    const first = await startCms({ port: ports.cms[0], databaseUri, env: cmsInstanceEnv(0), seed, quiet, timeoutMs: cmsTimeoutMs })
    started.push(first)
    cluster.cms.push(first)
    const others = await Promise.allSettled(
      ports.cms.slice(1).map((port, index) => startCms({ port, databaseUri, env: cmsInstanceEnv(index + 1), seed: false, quiet, timeoutMs: cmsTimeoutMs })),
    )
    for (const result of others) {
      if (result.status !== 'fulfilled') continue
      started.push(result.value)
      cluster.cms.push(result.value)
    }
    const failed = others.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason

    const severalCms = ports.cms.length > 1
    cluster.edge = await startEdge({
      prefix: edgePrefix,
      cmsPort: ports.edgeCms,
      webPort: ports.edgeWeb,
      host,
      cmsUpstreams: ports.cms.map((port) => `127.0.0.1:${port}`),
      webUpstreams: ports.web.map((port) => `127.0.0.1:${port}`),
      cmsOrigin: publicCmsUrl,
      cmsInternalPort: severalCms ? ports.cmsRead : undefined,
      quiet,
    })
    started.push(cluster.edge)

    // The site reads the CMS directly (one CMS) or through the edge's internal listener (several).
    cluster.cmsReadUrl = severalCms ? `http://127.0.0.1:${ports.cmsRead}` : `http://127.0.0.1:${ports.cms[0]}`
    const sites = await Promise.allSettled(
      ports.web.map((port) =>
        startWeb({
          port,
          cmsUrl: cluster.cmsReadUrl,
          contentSource,
          quiet,
          // CMS_URL is the read address (startWeb sets it from cmsUrl), not the public one.
          env: { ...env, WEB_URL: publicWebUrl, CMS_PUBLIC_URL: publicCmsUrl, ...webEnv, WEB_PORT: String(port), ...(cluster.redisUrl ? { REDIS_URL: cluster.redisUrl } : {}) },
        }),
      ),
    )
    for (const result of sites) {
      if (result.status !== 'fulfilled') continue
      started.push(result.value)
      cluster.web.push(result.value)
    }
    const siteFailed = sites.find((result) => result.status === 'rejected')
    if (siteFailed) throw siteFailed.reason
  } catch (error) {
    await stop()
    throw error
  }
  return { ...cluster, stop }
}
