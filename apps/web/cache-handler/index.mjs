// @ts-check
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { SharedStore } from './sharedStore.mjs'
import { deserializeEntry, serializeEntry } from './serialization.mjs'
import { adoptTagStates, localTagStates } from './tagManifest.mjs'

/**
 * The site's cache handler (next.config `cacheHandler`): rendered pages (ISR) and CMS answers
 * (the data cache, tagged by @crn/content-client).
 *
 * - REDIS_URL unset (one instance, `npm start`): exactly Next's own file-system cache.
 * - REDIS_URL set (several instances): every instance reads and writes one shared cache in Redis,
 *   and the revalidation marks of cache tags are shared too, so one POST /api/revalidate to any
 *   instance refreshes every instance. Each instance also keeps its own copy (Next's file-system
 *   cache, in memory); while Redis is unreachable it serves from that copy and says so in the
 *   log once, so pages keep serving.
 *
 * Loaded by Next's server outside the app bundle (plain ESM, no access to src/env.ts): it reads
 * its two variables itself. REDIS_URL is also validated with the rest in src/env.ts.
 */

const require = createRequire(import.meta.url)
/** @type {new (context: any) => CacheHandlerLike} */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

/**
 * @typedef {{ lastModified: number, value: any, cacheControl?: unknown }} CacheEntry
 * @typedef {{
 *   get(key: string, context: any): Promise<CacheEntry | null>
 *   set(key: string, data: any, context: any): Promise<void>
 *   revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>
 *   resetRequestCache(): void
 * }} CacheHandlerLike
 */

const STORE_KEY = Symbol.for('crn.web.sharedCacheStore')
/** Next's header listing a rendered page's cache tags. */
const CACHE_TAGS_HEADER = 'x-next-cache-tags'

/** One Redis connection per process (Next creates a handler per request). */
function sharedStore(serverDistDir) {
  const url = process.env.REDIS_URL
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') return undefined
  const holder = /** @type {Record<symbol, SharedStore | undefined>} */ (/** @type {unknown} */ (globalThis))
  holder[STORE_KEY] ??= new SharedStore({ url, buildId: buildIdOf(serverDistDir) })
  return holder[STORE_KEY]
}

/** Entries are scoped by build: a rendered page refers to its own build's scripts. */
function buildIdOf(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'unknown-build'
  }
}

/** The tags whose revalidation makes `entry` stale: its own, plus the page's implicit ones for data. */
function tagsOf(entry, context) {
  const value = entry.value
  if (value?.kind === 'FETCH') return [...(context?.tags ?? []), ...(context?.softTags ?? []), ...(value.tags ?? [])]
  const header = value?.headers?.[CACHE_TAGS_HEADER]
  return typeof header === 'string' && header ? header.split(',') : []
}

/** @implements {CacheHandlerLike} */
export default class SiteCacheHandler {
  /** @param {any} context Next's handler context (fs, serverDistDir, flushToDisk, maxMemoryCacheSize, …) */
  constructor(context) {
    this.shared = sharedStore(context.serverDistDir)
    // With Redis, the instance's own copy stays in memory: instances on one host share the build
    // folder, and their disk writes of the same entries would interleave.
    this.local = new FileSystemCache(this.shared ? { ...context, flushToDisk: false } : context)
  }

  /** @param {string} key @param {any} context */
  async get(key, context) {
    if (!this.shared) return this.local.get(key, context)
    /** @type {CacheEntry | null} */
    let entry
    try {
      const stored = await this.shared.getEntry(key)
      entry = stored === null ? null : deserializeEntry(stored)
    } catch {
      return this.local.get(key, context)
    }
    if (entry) {
      try {
        adoptTagStates(await this.shared.getTagStates([...new Set(tagsOf(entry, context))]))
      } catch {
        // Redis went away between the two reads: the local marks still apply.
      }
    }
    return entry
  }

  /** @param {string} key @param {any} data @param {any} context */
  async set(key, data, context) {
    await this.local.set(key, data, context)
    if (!this.shared) return
    /** @type {CacheEntry} */
    const entry = { value: data, lastModified: Date.now(), cacheControl: context?.fetchCache ? undefined : context?.cacheControl }
    try {
      await this.shared.setEntry(key, serializeEntry(entry))
    } catch {
      // Logged by the store; this instance's copy is kept.
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    // Marks the tags in this process's manifest, as Next's own cache does.
    await this.local.revalidateTag(list, durations)
    if (!this.shared) return
    try {
      await this.shared.setTagStates(localTagStates(list))
    } catch {
      // Logged by the store. The other instances refresh at their time-based floor (REVALIDATE_SECONDS).
    }
  }

  resetRequestCache() {
    this.local.resetRequestCache()
  }
}
