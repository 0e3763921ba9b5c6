import { createHmac, timingSafeEqual } from 'node:crypto'

import { isLocale, type Locale } from './locales'

/**
 * Preview tokens: short-lived, signed permits to see one document's draft on the site.
 *
 * The CMS mints one when an editor opens Preview or Live Preview; the site's `/api/draft`
 * route checks it, turns draft mode on and keeps the token in an HttpOnly cookie; the site
 * then reads drafts from the CMS with `Authorization: CRN-Preview <token>` until it expires.
 * The editor's own session token never leaves the CMS, and no URL carries a credential
 * that outlives these minutes or allows anything but reading.
 *
 * Format: `v1.<base64url(JSON claims)>.<base64url(HMAC-SHA256(PREVIEW_SECRET, "crn-preview.v1." + claims))>`.
 */
export interface PreviewClaims {
  /** The document shown: `<collection>/<id>` or `globals/<slug>`. */
  document: string
  locale: Locale
  /** The site page to open (a site-relative path). */
  path: string
  /** The CMS's public origin, which the site's live-preview listener accepts messages from. */
  origin: string
  /** Expiry, seconds since the epoch. */
  exp: number
}

/** How long a preview link and the draft session it opens last (Preview and Live Preview mint a fresh one on every open and save). */
export const PREVIEW_TOKEN_TTL_SECONDS = 30 * 60

/** The `Authorization` scheme the site reads drafts with. */
export const PREVIEW_AUTH_SCHEME = 'CRN-Preview'

const VERSION = 'v1'

const sign = (secret: string, claims: string) => createHmac('sha256', secret).update(`crn-preview.${VERSION}.${claims}`).digest('base64url')

export function createPreviewToken(secret: string, claims: Omit<PreviewClaims, 'exp'>, now: number = Date.now(), ttlSeconds: number = PREVIEW_TOKEN_TTL_SECONDS): string {
  const encoded = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(now / 1000) + ttlSeconds } satisfies PreviewClaims)).toString('base64url')
  return `${VERSION}.${encoded}.${sign(secret, encoded)}`
}

export type PreviewTokenCheck = { valid: true; claims: PreviewClaims } | { valid: false; reason: 'malformed' | 'bad-signature' | 'expired' }

/** Checks a token's signature and expiry; only then are its claims believed. */
export function verifyPreviewToken(secret: string, token: string, now: number = Date.now()): PreviewTokenCheck {
  const [version, encoded, signature, ...rest] = token.split('.')
  if (version !== VERSION || !encoded || !signature || rest.length > 0 || token.length > 4000) return { valid: false, reason: 'malformed' }
  const expected = Buffer.from(sign(secret, encoded))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { valid: false, reason: 'bad-signature' }
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))
  } catch {
    return { valid: false, reason: 'malformed' }
  }
  if (!isPreviewClaims(claims)) return { valid: false, reason: 'malformed' }
  if (claims.exp * 1000 <= now) return { valid: false, reason: 'expired' }
  return { valid: true, claims }
}

function isPreviewClaims(value: unknown): value is PreviewClaims {
  if (typeof value !== 'object' || value === null) return false
  const claims = value as Record<string, unknown>
  return (
    typeof claims.document === 'string' &&
    isLocale(claims.locale) &&
    typeof claims.path === 'string' &&
    typeof claims.origin === 'string' &&
    typeof claims.exp === 'number' &&
    Number.isFinite(claims.exp)
  )
}
