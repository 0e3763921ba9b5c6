import { createHash } from 'node:crypto'

/** A strong validator for a response body: the SHA-256 of its bytes (base64url, quoted). */
export function strongETag(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`
}

/**
 * Whether an `If-None-Match` header matches `etag` (RFC 9110 §13.1.2: a list of tags or
 * `*`, compared weakly, so `W/"x"` matches `"x"`).
 */
export function ifNoneMatchMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false
  const trimmed = ifNoneMatch.trim()
  if (trimmed === '*') return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return trimmed.split(',').some((candidate) => opaque(candidate) === opaque(etag))
}
