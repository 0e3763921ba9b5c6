import { type NextRequest, NextResponse } from 'next/server'

import { isDraining } from '@/lib/drain'
import { negotiateLocale } from '@/lib/locales'
import { missingPath, resolvePublicPath } from '@/lib/routes'

/**
 * Every page request passes here, once, and is answered by the page itself (one hop):
 * 1. `/` redirects to `/nb` or `/en` by Accept-Language;
 * 2. localized addresses are rewritten to the app's folders (`/nb/forskning` → `/nb/research`);
 * 3. addresses known to be unknown from the path alone (another language's word, an unknown
 *    locale) are rewritten to an address no page claims (`missingPath`): status 404.
 *
 * The rest is the edge's job (deploy/edge/): it answers every 404 of a page address with the
 * locale's server-rendered 404 page (`[locale]/page-not-found`, which this proxy leaves alone), and
 * while the CMS or the site is down, cached pages keep answering and a page never rendered gets the
 * branded 503 from a static file.
 */
/**
 * Where Next takes a rewrite for an external address (a server not listening on `localhost`, e.g.
 * the image's HOSTNAME=0.0.0.0; docs/architecture.md), it fetches the rewritten address from itself
 * and runs the proxy a second time for it. That pass must go through as it is (`/nb/research` is a
 * 404 for visitors, but the folder path of `/nb/forskning`). It is recognised by a header with a
 * random per-process token: visitors cannot forge it, unlike a fixed marker.
 */
const REWRITE_HEADER = 'x-crn-rewrite'
/** The project index and search (folder paths). */
const PER_REQUEST_PUBLIC_PAGE = /^\/(?:nb|en)\/(?:research\/projects|search)$/
/** Next's draft-mode cookie: an editor's preview, never shared. */
const DRAFT_MODE_COOKIE = '__prerender_bypass'
const REWRITE_TOKEN_KEY = Symbol.for('crn.web.rewriteToken')

function rewriteToken(): string {
  const holder = globalThis as typeof globalThis & { [REWRITE_TOKEN_KEY]?: string }
  holder[REWRITE_TOKEN_KEY] ??= crypto.randomUUID()
  return holder[REWRITE_TOKEN_KEY]
}

export function proxy(request: NextRequest): NextResponse {
  // This instance is stopping: the edge retries the request on another one (lib/drain.ts).
  if (isDraining()) {
    return new NextResponse(null, { status: 503, headers: { 'retry-after': '1', 'cache-control': 'no-store' } })
  }
  const { pathname } = request.nextUrl
  if (request.headers.get(REWRITE_HEADER) === `${rewriteToken()} ${pathname}`) return withCacheIntent(request, pathname, NextResponse.next())
  const resolved = resolvePublicPath(pathname)
  const preferred = negotiateLocale(request.headers.get('accept-language'))

  if (resolved.kind === 'not-localized') {
    const response = NextResponse.redirect(new URL(`/${preferred}`, request.url), 307)
    response.headers.set('vary', 'Accept-Language')
    return response
  }
  const internal = resolved.kind === 'page' ? resolved.internal : missingPath(preferred)
  const response = withCacheIntent(request, internal, rewrite(request, internal))
  // An unknown locale's 404 is in the visitor's preferred language.
  if (resolved.kind === 'unknown-locale') response.headers.set('vary', 'Accept-Language')
  return response
}

/**
 * The project index and search are rendered per request (the query decides what they show), yet the
 * same for every visitor outside draft mode: say so, instead of Next's blanket `private, no-store`
 * for per-request pages, so the edge may answer repeats for its 1 s. Browsers still ask again every
 * time (max-age=0). Set on both passes: the second pass's answer is the one Next keeps.
 */
function withCacheIntent(request: NextRequest, internal: string, response: NextResponse): NextResponse {
  if (PER_REQUEST_PUBLIC_PAGE.test(internal) && !request.cookies.has(DRAFT_MODE_COOKIE)) {
    response.headers.set('cache-control', 'public, max-age=0, s-maxage=1')
  }
  return response
}

/** Serves `internal` (a folder path) for this request, or the request as it is when they match. */
function rewrite(request: NextRequest, internal: string): NextResponse {
  if (internal === request.nextUrl.pathname) return NextResponse.next()
  const target = request.nextUrl.clone()
  target.pathname = internal
  const headers = new Headers(request.headers)
  headers.set(REWRITE_HEADER, `${rewriteToken()} ${internal}`)
  return NextResponse.rewrite(target, { request: { headers } })
}

export const config = {
  // Pages only: not the API, Next's assets, the files at the root, the child sitemaps, or the 404 page the edge fetches.
  matcher: ['/((?!api/|_next/|favicon\\.svg|robots\\.txt|sitemap\\.xml|sitemaps/|nb/page-not-found|en/page-not-found).*)'],
}
