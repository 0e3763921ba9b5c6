import { type NextRequest, NextResponse } from 'next/server'

import { negotiateLocale } from '@/lib/locales'
import { notFoundPath, resolvePublicPath } from '@/lib/routes'

/**
 * Every page request passes here, once, and is answered by the page itself (one hop):
 * 1. `/` redirects to `/nb` or `/en` by Accept-Language;
 * 2. localized addresses are rewritten to the app's folders (`/nb/forskning` → `/nb/research`);
 * 3. addresses known to be unknown from the path alone (another language's word, an unknown
 *    locale) are rewritten to an address no page claims, whose `notFound()` renders the locale's
 *    404 page (`[locale]/not-found.tsx`) on the server with status 404.
 *
 * What a visitor gets while the CMS or the site is down is the edge's job (deploy/edge/): cached
 * pages keep answering, a page never rendered gets the branded 503 from a static file.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl
  const resolved = resolvePublicPath(pathname)
  const preferred = negotiateLocale(request.headers.get('accept-language'))

  if (resolved.kind === 'not-localized') {
    const response = NextResponse.redirect(new URL(`/${preferred}`, request.url), 307)
    response.headers.set('vary', 'Accept-Language')
    return response
  }
  const internal = resolved.kind === 'page' ? resolved.internal : notFoundPath(preferred)
  const response = rewrite(request, internal)
  // An unknown locale's 404 is in the visitor's preferred language.
  if (resolved.kind === 'unknown-locale') response.headers.set('vary', 'Accept-Language')
  return response
}

/** Serves `internal` (a folder path) for this request, or the request as it is when they match. */
function rewrite(request: NextRequest, internal: string): NextResponse {
  if (internal === request.nextUrl.pathname) return NextResponse.next()
  const target = request.nextUrl.clone()
  target.pathname = internal
  return NextResponse.rewrite(target)
}

export const config = {
  // Pages only: not the API, Next's assets, or the files at the root.
  matcher: ['/((?!api/|_next/|favicon\\.svg|robots\\.txt|sitemap\\.xml).*)'],
}
