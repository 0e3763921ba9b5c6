import { createHmac } from 'node:crypto'

import { env } from '../../env'

/**
 * Preview links to the site's draft-mode route:
 *   {WEB_URL}/api/draft?path=…&origin=…&token=…&signature=…
 * - `path` is the page to show (a site-relative path, never another host);
 * - `origin` is the CMS's public origin, which the site's live-preview listener trusts
 *   for `postMessage` events (the site may reach the CMS under another, internal URL);
 * - `token` is the editor's own Payload token: the site checks it with the CMS
 *   (`GET /api/users/me`) and uses it to read drafts, so a preview shows exactly what
 *   that editor may see;
 * - `signature` = HMAC-SHA256(REVALIDATE_SECRET, "preview\n" + path + "\n" + origin),
 *   so only the CMS can mint a link and neither path nor origin can be swapped.
 */
export function previewSignature(path: string, origin: string, secret: string = env.REVALIDATE_SECRET): string {
  return createHmac('sha256', secret).update(`preview\n${path}\n${origin}`).digest('hex')
}

export function previewUrl(path: string, token: string | null, version?: string): string {
  const origin = new URL(env.CMS_URL).origin
  const url = new URL('/api/draft', env.WEB_URL)
  url.searchParams.set('path', path)
  url.searchParams.set('origin', origin)
  if (token) url.searchParams.set('token', token)
  url.searchParams.set('signature', previewSignature(path, origin))
  // Not signed and ignored by the site: only there to make each saved version's URL differ.
  if (version) url.searchParams.set('v', version)
  return url.toString()
}

/** The signed-in editor's token from the request: the auth cookie the admin sends, or an `Authorization: JWT …` header. */
export function tokenFromRequest(headers: Headers, cookiePrefix: string): string | null {
  const authorization = headers.get('authorization')
  const bearer = authorization?.match(/^(?:JWT|Bearer)\s+(\S+)$/i)?.[1]
  if (bearer) return bearer
  const cookieName = `${cookiePrefix}-token`
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === cookieName && value.length) return decodeURIComponent(value.join('='))
  }
  return null
}
