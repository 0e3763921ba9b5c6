import { executeAuthStrategies, type Payload } from 'payload'

import { API_KEYS_SLUG } from '../apiKeysSlug'

/**
 * Who is calling the API, as far as the API's limits and caching care:
 * - `anonymous`: no credentials — public, cacheable reads of published content;
 * - `service`: a service API key (`Authorization: api-keys API-Key <key>`) — read-only,
 *   published content unless the key may read drafts;
 * - `editor`: a signed-in CMS user (the admin UI) — exempt from the read limits;
 * - `invalid`: an `Authorization` header that matches no valid credential (401).
 */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'editor' }
  | { kind: 'service'; keyId: string; readDrafts: boolean }
  | { kind: 'invalid'; reason: string }

type AuthenticatedDocument = { id: string; collection?: unknown; readDrafts?: unknown; expiresAt?: unknown }

/** True when the request carries anything that could authenticate it (header or session cookie). */
export function carriesCredentials(headers: Headers, payload: Payload): boolean {
  if (headers.has('authorization')) return true
  const cookie = headers.get('cookie') ?? ''
  return cookie.includes(`${payload.config.cookiePrefix}-token=`)
}

/**
 * Resolves the caller with Payload's own auth strategies (JWT cookie or header, API key).
 * Requests without credentials cost nothing here: no database query.
 */
export async function resolvePrincipal(payload: Payload, headers: Headers): Promise<Principal> {
  if (!carriesCredentials(headers, payload)) return { kind: 'anonymous' }
  const { user } = await executeAuthStrategies({ headers, payload, canSetHeaders: false })
  const authenticated = user as AuthenticatedDocument | null
  if (!authenticated) {
    // A stale session cookie is an ordinary anonymous visit; a wrong Authorization header is a mistake to report.
    return headers.has('authorization')
      ? { kind: 'invalid', reason: 'The Authorization header does not match a valid API key, preview token or session.' }
      : { kind: 'anonymous' }
  }
  if (authenticated.collection === API_KEYS_SLUG) {
    if (typeof authenticated.expiresAt === 'string' && Date.parse(authenticated.expiresAt) <= Date.now()) {
      return { kind: 'invalid', reason: 'This API key has expired: ask the CMS administrators for a new one.' }
    }
    return { kind: 'service', keyId: authenticated.id, readDrafts: authenticated.readDrafts === true }
  }
  return { kind: 'editor' }
}
