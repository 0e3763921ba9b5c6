/**
 * The feed's position: the (occurredAt, id) of the last change a consumer handled, as an opaque
 * URL-safe string (`next` in every answer, `after=` in the next request). Ids stay opaque strings,
 * so the cursor works for integer, uuid and ObjectId ids alike.
 */
export type ChangeCursor = { occurredAt: string; id: string }

export function encodeChangeCursor(cursor: ChangeCursor): string {
  return Buffer.from(JSON.stringify([cursor.occurredAt, cursor.id]), 'utf8').toString('base64url')
}

/** The cursor `value` encodes, or null when it is not one of ours. */
export function decodeChangeCursor(value: string): ChangeCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(value)) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))
  } catch {
    return null // not JSON: not a cursor we issued
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null
  const [occurredAt, id] = parsed as unknown[]
  if (typeof occurredAt !== 'string' || typeof id !== 'string' || id === '' || Number.isNaN(Date.parse(occurredAt))) return null
  return { occurredAt: new Date(occurredAt).toISOString(), id }
}
