import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { env } from '@/env'

import { isSitePath, isValidPreviewSignature, originOrNull, PREVIEW_ORIGIN_COOKIE, PREVIEW_TOKEN_COOKIE, PRIVATE_NO_STORE } from './previewSession'

/** Editorial roles that may preview drafts (the CMS's `users.role`). */
const EDITORIAL_ROLES = new Set(['admin', 'editor', 'contributor'])
const VERIFY_TIMEOUT_MS = 5000

const refuse = (status: number, message: string) =>
  NextResponse.json({ error: message }, { status, headers: { 'cache-control': PRIVATE_NO_STORE } })

type MeResponse = { user?: { id?: unknown; role?: unknown } | null; exp?: unknown }

/**
 * GET /api/draft?path&origin&token&signature — turns on draft mode for a signed-in
 * editor and redirects to the page. Checks, in order: the link was minted by the CMS
 * (signature over path and origin), the path is on this site, and the token belongs to
 * a signed-in editorial user (asked of the CMS: `GET /api/users/me`). Every answer is
 * `Cache-Control: private, no-store`.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams
  const path = params.get('path') ?? ''
  const origin = originOrNull(params.get('origin') ?? '')
  const signature = params.get('signature') ?? ''
  const token = params.get('token') ?? request.headers.get('authorization')?.replace(/^(JWT|Bearer)\s+/i, '') ?? ''

  if (!isSitePath(path)) return refuse(400, 'path must be a path on this site, e.g. /en/research')
  if (!origin) return refuse(400, 'origin must be the CMS origin, e.g. https://cms.example.org')
  if (!signature || !isValidPreviewSignature(path, origin, signature)) return refuse(403, 'This preview link was not made by the CMS (bad signature).')
  if (!token) return refuse(401, 'Sign in to the CMS to preview drafts.')

  let me: MeResponse
  try {
    const response = await fetch(`${env.CMS_URL}/api/users/me`, {
      headers: { Authorization: `JWT ${token}`, accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(VERIFY_TIMEOUT_MS),
    })
    if (!response.ok) return refuse(401, `The CMS did not accept the editor's sign-in (${response.status}).`)
    me = (await response.json()) as MeResponse
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return refuse(503, `Could not reach the CMS to check the editor's sign-in: ${reason}`)
  }
  if (!me.user || !EDITORIAL_ROLES.has(String(me.user.role))) return refuse(401, 'Sign in to the CMS as an editor to preview drafts.')

  ;(await draftMode()).enable()
  const secure = request.nextUrl.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(request.nextUrl.hostname)
  const expiresInSeconds = typeof me.exp === 'number' ? Math.max(60, Math.floor(me.exp - Date.now() / 1000)) : 2 * 60 * 60
  const cookieOptions = {
    httpOnly: true,
    path: '/',
    maxAge: expiresInSeconds,
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
