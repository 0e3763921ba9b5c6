/**
 * Conditional requests: the CMS gives every public (anonymous) GET a strong `ETag`; sending it
 * back as `If-None-Match` gets `304 Not Modified` without a body while the content is unchanged.
 * The client keeps the last body per URL in a `ConditionalCache` and answers from it on 304.
 *
 * Answers to API-key or draft requests carry no ETag (`private, no-store`), so nothing of them
 * is ever stored. Browsers already revalidate through their HTTP cache; this is for servers.
 */

/** What is kept per URL: the validator and the body it belongs to (as text: every hit parses a fresh copy). */
export interface ConditionalEntry {
  etag: string
  body: string
}

/** Storage for conditional requests (an LRU in memory by default; bring your own to share it). */
export interface ConditionalCache {
  get(url: string): ConditionalEntry | undefined
  set(url: string, entry: ConditionalEntry): void
  delete(url: string): void
}

export interface MemoryConditionalCacheOptions {
  /** Most URLs kept; the least recently used go first (default 500). */
  maxEntries?: number
}

/** An in-memory least-recently-used `ConditionalCache`. */
export function createConditionalCache({ maxEntries = 500 }: MemoryConditionalCacheOptions = {}): ConditionalCache & { readonly size: number } {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be a positive whole number, not ${maxEntries}`)
  const entries = new Map<string, ConditionalEntry>()
  return {
    get(url) {
      const entry = entries.get(url)
      if (entry !== undefined) {
        // Re-insert: Map keeps insertion order, so the first key is the least recently used.
        entries.delete(url)
        entries.set(url, entry)
      }
      return entry
    },
    set(url, entry) {
      entries.delete(url)
      entries.set(url, entry)
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next()
        if (oldest.done === true) break
        entries.delete(oldest.value)
      }
    },
    delete(url) {
      entries.delete(url)
    },
    get size() {
      return entries.size
    },
  }
}
