import { type NextRequest, NextResponse } from 'next/server'

import { env, selfOrigin } from '@/env'
import { probeCms } from '@/lib/cmsAvailability'
import { negotiateLocale } from '@/lib/locales'
import { notFoundPath, resolvePublicPath } from '@/lib/routes'
import { unavailableHtml } from '@/lib/unavailablePage'

/**
 * Every page request passes here:
 * 1. `/` redirects to `/nb` or `/en` by Accept-Language;
 * 2. localized addresses are rewritten to the app's folders (`/nb/forskning` → `/nb/research`),
 *    unknown locales and foreign words to the locale's 404;
 * 3. outage guard: while the CMS is down, the page is fetched from this server itself — a page in
 *    the cache comes back as usual (200, last good content); a page that was never rendered fails
 *    its render, and the visitor gets a branded 503 instead of Next's 500.
 */

const PROBE_HEADER = 'x-crn-outage-probe'
const REWRITTEN_HEADER = 'x-crn-rewritten-to'
const PROBE_TOKEN_KEY = Symbol.for('crn.web.outageProbeToken')
/** Budget for the internal request; the CMS reads inside it fail fast while the CMS is marked down. */
const INTERNAL_TIMEOUT_MS = 2500

function probeToken(): string {
  const holder = globalThis as typeof globalThis & { [PROBE_TOKEN_KEY]?: string }
  holder[PROBE_TOKEN_KEY] ??= crypto.randomUUID()
  return holder[PROBE_TOKEN_KEY]
}

function unavailable(locale: 'nb' | 'en'): NextResponse {
  return new NextResponse(unavailableHtml(locale), {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '30' },
  })
}

async function serveDuringOutage(request: NextRequest, locale: 'nb' | 'en', internal: string): Promise<NextResponse> {
  const headers = new Headers(request.headers)
  headers.set(PROBE_HEADER, probeToken())
  // Ask for the folder path directly: the internal request needs no second rewrite.
  headers.set(REWRITTEN_HEADER, internal)
  // Uncompressed, so the body can be passed on as is.
  headers.set('accept-encoding', 'identity')
  try {
    const response = await fetch(`${selfOrigin()}${internal}${request.nextUrl.search}`, {
      method: request.method,
      headers,
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(INTERNAL_TIMEOUT_MS),
    })
    if (response.status >= 500) {
      await response.body?.cancel()
      return unavailable(locale)
    }
    const passOn = new Headers(response.headers)
    passOn.delete('content-length')
    passOn.delete('transfer-encoding')
    passOn.delete('connection')
    return new NextResponse(response.body, { status: response.status, headers: passOn })
  } catch (error) {
    console.error(`[web] outage guard: ${error instanceof Error ? error.message : String(error)}`)
    return unavailable(locale)
  }
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl
  // Next runs the proxy again for the rewritten path: it is already a folder path.
  if (request.headers.get(REWRITTEN_HEADER) === pathname) return NextResponse.next()
  const resolved = resolvePublicPath(pathname)
  const preferred = negotiateLocale(request.headers.get('accept-language'))

  if (resolved.kind === 'not-localized') {
    const response = NextResponse.redirect(new URL(`/${preferred}`, request.url), 307)
    response.headers.set('vary', 'Accept-Language')
    return response
  }
  const locale = resolved.kind === 'page' ? resolved.locale : preferred
  const internal = resolved.kind === 'page' ? resolved.internal : notFoundPath(preferred)

  const isInternalProbe = request.headers.get(PROBE_HEADER) === probeToken()
  const isRead = request.method === 'GET' || request.method === 'HEAD'
  if (!isInternalProbe && isRead && !(await probeCms(env.CMS_URL))) {
    return serveDuringOutage(request, locale, internal)
  }

  if (internal === pathname) return NextResponse.next()
  const target = request.nextUrl.clone()
  target.pathname = internal
  const headers = new Headers(request.headers)
  headers.set(REWRITTEN_HEADER, internal)
  return NextResponse.rewrite(target, { request: { headers } })
}

export const config = {
  // Pages only: not the API, Next's assets, or the files at the root.
  matcher: ['/((?!api/|_next/|favicon\\.svg|robots\\.txt|sitemap\\.xml).*)'],
}
