// @ts-check
import { createClient } from 'redis'

/**
 * The site instances' shared cache in Redis: rendered pages and CMS answers (one key each,
 * scoped by build, since a page's payload refers to its build's scripts), and the revalidation
 * state of every cache tag (one hash, shared by all builds: content changes are build-independent).
 *
 * Every call answers within OPERATION_TIMEOUT_MS or reports Redis as unavailable, so a Redis that
 * is down or hung never holds up a page: the caller falls back to the instance's local cache.
 * The transitions (down, back) are logged once each, not per request.
 */

/** Redis is local to the site's network: an answer slower than this means it is in trouble. */
const OPERATION_TIMEOUT_MS = 500
/** An unused entry leaves Redis after a week (renders are refreshed hourly anyway). */
const ENTRY_TTL_SECONDS = 7 * 24 * 3600
const TAGS_HASH = 'crn:web:tags'

export class SharedStoreUnavailable extends Error {}

/**
 * @typedef {{ stale?: number, expired?: number }} TagState
 */

export class SharedStore {
  /** @param {{ url: string, buildId: string, log?: (message: string) => void }} options */
  constructor({ url, buildId, log = (message) => console.warn(message) }) {
    this.url = url
    this.entryPrefix = `crn:web:${buildId}:entry:`
    this.log = log
    this.available = true
    this.client = createClient({
      url,
      // Commands fail at once while disconnected instead of queueing behind a dead connection.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 2_000,
        // Keep trying in the background (at most every 2 s): the shared cache comes back by itself.
        reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
      },
    })
    this.client.on('error', (error) => this.markUnavailable(error))
    /** Marks set while Redis was unreachable, sent once it is back (other instances need them). */
    /** @type {Map<string, TagState>} */
    this.unsentTagStates = new Map()
    this.client.on('ready', () => {
      if (!this.available) this.log(`[web] Redis at ${redact(url)} is reachable again: the shared cache is back in use.`)
      this.available = true
      if (this.unsentTagStates.size) {
        const unsent = new Map(this.unsentTagStates)
        this.unsentTagStates.clear()
        this.setTagStates(unsent).catch(() => {})
      }
    })
    this.connecting = this.client.connect().then(
      () => this.client.unref(),
      (error) => this.markUnavailable(error),
    )
  }

  /** @param {unknown} error */
  markUnavailable(error) {
    if (!this.available) return
    this.available = false
    const reason = error instanceof Error ? error.message : String(error)
    this.log(`[web] Redis at ${redact(this.url)} is unavailable (${reason}): serving from this instance's local cache until it is back.`)
  }

  /**
   * @template T
   * @param {(client: import('redis').RedisClientType) => Promise<T>} operation
   * @returns {Promise<T>}
   */
  async run(operation) {
    await this.connecting
    if (!this.client.isReady) throw new SharedStoreUnavailable('Redis is not connected')
    /** @type {NodeJS.Timeout | undefined} */
    let timer
    try {
      return await Promise.race([
        operation(/** @type {import('redis').RedisClientType} */ (/** @type {unknown} */ (this.client))),
        new Promise((_resolve, reject) => {
          timer = setTimeout(() => reject(new SharedStoreUnavailable(`no answer within ${OPERATION_TIMEOUT_MS} ms`)), OPERATION_TIMEOUT_MS)
        }),
      ])
    } catch (error) {
      this.markUnavailable(error)
      throw error instanceof SharedStoreUnavailable ? error : new SharedStoreUnavailable(String(error))
    } finally {
      clearTimeout(timer)
    }
  }

  /** @param {string} key @returns {Promise<string | null>} */
  getEntry(key) {
    return this.run((client) => client.get(this.entryPrefix + key))
  }

  /** @param {string} key @param {string} serialized */
  async setEntry(key, serialized) {
    await this.run((client) => client.set(this.entryPrefix + key, serialized, { expiration: { type: 'EX', value: ENTRY_TTL_SECONDS } }))
  }

  /** @param {string[]} tags @returns {Promise<Map<string, TagState>>} */
  async getTagStates(tags) {
    const states = new Map()
    if (tags.length === 0) return states
    const values = await this.run((client) => client.hmGet(TAGS_HASH, tags))
    values.forEach((value, index) => {
      if (typeof value === 'string') states.set(tags[index], JSON.parse(value))
    })
    return states
  }

  /** @param {Map<string, TagState>} states */
  async setTagStates(states) {
    if (states.size === 0) return
    const fields = Object.fromEntries([...states].map(([tag, state]) => [tag, JSON.stringify(state)]))
    try {
      await this.run((client) => client.hSet(TAGS_HASH, fields))
    } catch (error) {
      for (const [tag, state] of states) this.unsentTagStates.set(tag, state)
      throw error
    }
  }
}

/** The URL without its password, for logs. */
function redact(url) {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'REDIS_URL'
  }
}
