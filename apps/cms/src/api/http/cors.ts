import type { Payload } from 'payload'

/**
 * CORS headers for answers the API layer gives itself (limits, bad input), matching what
 * Payload adds to its own answers: an origin on the allowlist (`CORS_ORIGINS`) is granted,
 * with credentials; any other origin gets no `Access-Control-Allow-Origin` at all.
 */
export function corsHeaders(payload: Payload, request: Request): Headers {
  const headers = new Headers()
  const origin = request.headers.get('origin')
  const { cors } = payload.config
  const allowed = Array.isArray(cors) ? cors : typeof cors === 'object' && cors !== null && Array.isArray(cors.origins) ? cors.origins : []
  if (origin && (cors === '*' || allowed.includes(origin))) {
    headers.set('Access-Control-Allow-Origin', origin)
    headers.set('Access-Control-Allow-Credentials', 'true')
  }
  return headers
}

/** Responses differ by origin (CORS) and by credentials (drafts, limits): shared caches must key on them. */
export const VARY_HEADER = 'Origin, Authorization, Cookie'

/** The same answer with `Vary` set (preflight answers, which Payload builds). */
export function withVary(response: Response): Response {
  const headers = new Headers(response.headers)
  headers.set('Vary', VARY_HEADER)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
