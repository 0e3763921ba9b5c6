import { verifyPreviewToken } from '@crn/site-contract/preview-token'
import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { env } from '@/env'

import { isSitePath, originOrNull, PREVIEW_ORIGIN_COOKIE, PREVIEW_TOKEN_COOKIE, PRIVATE_NO_STORE } from './previewSession'

const refuse = (status: number, message: string) =>
  NextResponse.json({ error: message }, { status, headers: { 'cache-control': PRIVATE_NO_STORE } })

const REASONS = {
  malformed: 'This is not a preview link made by the CMS.',
  'bad-signature': 'This preview link was not made by the CMS (bad signature).',
  expired: 'This preview link has expired: open Preview in the CMS again.',
} as const

/**
 * GET /api/draft?token=… — opens a preview. The token is the CMS's short-lived preview token
 * (signed with PREVIEW_SECRET, `@crn/site-contract/preview-token`): it names the document, the
 * locale, the page and the CMS origin, and expires. A valid token turns draft mode on, is kept
 * in an HttpOnly cookie for exactly its remaining lifetime (the site reads drafts with it) and
 * redirects to the page. Every answer is `Cache-Control: private, no-store`.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const token = request.nextUrl.searchParams.get('token') ?? ''
  if (!token) return refuse(401, 'Open Preview in the CMS: this link carries no preview token.')
  const check = verifyPreviewToken(env.PREVIEW_SECRET, token)
  if (!check.valid) return refuse(check.reason === 'expired' ? 401 : 403, REASONS[check.reason])
  const { path, origin: claimedOrigin, exp } = check.claims
  const origin = originOrNull(claimedOrigin)
  if (!isSitePath(path) || !origin) return refuse(400, 'The preview link names a page outside this site.')

  ;(await draftMode()).enable()
  const secure = request.nextUrl.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(request.nextUrl.hostname)
  const cookieOptions = {
    httpOnly: true,
    path: '/',
    maxAge: Math.max(1, Math.floor(exp - Date.now() / 1000)),
    // Live Preview shows the site in an iframe of the CMS: SameSite=None lets the cookie
    // through when the two are different sites (it needs Secure, which localhost allows).
    secure,
    sameSite: secure ? ('none' as const) : ('lax' as const),
  }
  // A relative Location keeps the browser on the host it used (the cookies were set for that host).
  const response = new NextResponse(null, { status: 307, headers: { location: path } })
  response.cookies.set(PREVIEW_TOKEN_COOKIE, token, cookieOptions)
  response.cookies.set(PREVIEW_ORIGIN_COOKIE, origin, cookieOptions)
  response.headers.set('cache-control', PRIVATE_NO_STORE)
  return response
}
