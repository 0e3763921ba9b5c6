// @ts-check
/**
 * Cache entries hold Buffers (RSC payloads, route bodies) and Maps (prefetch segments), which
 * plain JSON would turn into unusable objects. These two functions keep them intact in Redis.
 */

/** @param {unknown} entry */
export function serializeEntry(entry) {
  return JSON.stringify(entry, function replacer(key, value) {
    // `value` has already been through Buffer#toJSON; the holder still has the Buffer itself.
    const original = /** @type {Record<string, unknown>} */ (this)[key]
    if (Buffer.isBuffer(original)) return { $buffer: original.toString('base64') }
    if (original instanceof Map) return { $map: [...original.entries()] }
    return value
  })
}

/** @param {string} text */
export function deserializeEntry(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (typeof value.$buffer === 'string' && Object.keys(value).length === 1) return Buffer.from(value.$buffer, 'base64')
      if (Array.isArray(value.$map) && Object.keys(value).length === 1) return new Map(value.$map)
    }
    return value
  })
}
