import { type NextRequest, NextResponse } from 'next/server'

import { env, selfOrigin } from '@/env'
import { probeCms } from '@/lib/cmsAvailability'
import { type Locale, negotiateLocale } from '@/lib/locales'
import { notFoundPath, resolvePublicPath } from '@/lib/routes'
import { unavailableHtml } from '@/lib/unavailablePage'

/**
 * Every page request passes here:
 * 1. `/` redirects to `/nb` or `/en` by Accept-Language;
 * 2. localized addresses are mapped to the app's folders (`/nb/forskning` → `/nb/research`);
 * 3. a page read (GET/HEAD) is answered by fetching the folder path from this server itself
 *    (loopback, marked with an internal token), so the proxy sees how the page answered:
 *    - 404 on an old address of a renamed page (a redirect entry in the CMS, asked through
 *      `/api/redirect-target`): 308 to the page's current address in the same locale;
 *    - 404 (unknown address or locale, missing document, bad `?page=`): the visitor gets the
 *      locale's 404 page, rendered on the server, with status 404. Next answers a `notFound()`
 *      with an empty error document whose content only the browser draws (vercel/next.js#62228):
 *      blank without JavaScript. Addresses known to be unknown from the path go there directly;
 *    - CMS down or answering 5xx: a cached page comes back as usual (200, last good content); a page
 *      whose render fails gets a branded 503 instead of Next's 500.
 */

const INTERNAL_HEADER = 'x-crn-internal-request'
const REWRITTEN_HEADER = 'x-crn-rewritten-to'
const INTERNAL_TOKEN_KEY = Symbol.for('crn.web.internalRequestToken')
/** While the CMS is down: the time one visit may take (its CMS reads fail fast; a 503 must come within 3 s). */
const OUTAGE_BUDGET_MS = 2500
/** Otherwise: the time a page may take to start answering (a first render reads the CMS). */
const RENDER_BUDGET_MS = 30_000
/** Not sent for the 404 page: its answer must be the whole page, not a 304 or a range. */
const CONDITIONAL_HEADERS = ['if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since', 'if-range', 'range']
/** Describe one transfer, not the page. */
const TRANSFER_HEADERS = ['content-length', 'transfer-encoding', 'connection', 'keep-alive']

function internalToken(): string {
  const holder = globalThis as typeof globalThis & { [INTERNAL_TOKEN_KEY]?: string }
  holder[INTERNAL_TOKEN_KEY] ??= crypto.randomUUID()
  return holder[INTERNAL_TOKEN_KEY]
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

function unavailable(locale: Locale): NextResponse {
  return new NextResponse(unavailableHtml(locale), {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '30' },
  })
}

/** Serves `internal` (a folder path) for this request as Next would route it, without a second mapping. */
function rewrite(request: NextRequest, internal: string): NextResponse {
  if (internal === request.nextUrl.pathname) return NextResponse.next()
  const target = request.nextUrl.clone()
  target.pathname = internal
  const headers = new Headers(request.headers)
  headers.set(REWRITTEN_HEADER, internal)
  return NextResponse.rewrite(target, { request: { headers } })
}

/**
 * Fetches the folder path `internal` (plus `search`) from this server, with the visitor's headers.
 * Gives up when no answer has started by `deadline`.
 */
async function fetchSelf(request: NextRequest, internal: string, search: string, deadline: number, { whole = false } = {}): Promise<Response> {
  const headers = new Headers(request.headers)
  headers.set(INTERNAL_HEADER, internalToken())
  headers.set(REWRITTEN_HEADER, internal)
  // Uncompressed, so the body can be passed on as is (Next compresses the final answer).
  headers.set('accept-encoding', 'identity')
  if (whole) for (const name of CONDITIONAL_HEADERS) headers.delete(name)
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new Error(`${internal} did not answer in time`)), Math.max(0, deadline - Date.now()))
  try {
    return await fetch(`${selfOrigin()}${internal}${search}`, {
      method: request.method === 'HEAD' ? 'HEAD' : 'GET',
      headers,
      redirect: 'manual',
      cache: 'no-store',
      signal: controller.signal,
    })
  } finally {
    clearTimeout(timer)
  }
}

/** `response` passed on to the visitor (optionally with another status). */
function relay(response: Response, status = response.status): NextResponse {
  const headers = new Headers(response.headers)
  for (const name of TRANSFER_HEADERS) headers.delete(name)
  return new NextResponse(response.body, { status, headers })
}

const isHtml = (response: Response) => response.headers.get('content-type')?.startsWith('text/html') ?? false

/**
 * The locale's 404 page (`[locale]/page-not-found`, server-rendered and cached like any page) with
 * status 404. `missing` is the 404 answer of the address asked for, when there was one: its
 * caching rules apply (a bad `?page=` of a per-request page must not be stored).
 */
async function notFoundPage(request: NextRequest, locale: Locale, deadline: number, missing?: Response): Promise<NextResponse> {
  let page: Response
  try {
    page = await fetchSelf(request, notFoundPath(locale), '', deadline, { whole: true })
  } catch (error) {
    console.error(`[web] 404 page: ${messageOf(error)}`)
    return unavailable(locale)
  }
  if (page.status !== 200) {
    // Never rendered and the CMS is down (its menu cannot be read): like any such page.
    await page.body?.cancel()
    console.error(`[web] 404 page answered ${page.status}`)
    return unavailable(locale)
  }
  const answer = relay(page, 404)
  // Validators of the 404 page's own address, not of the one asked for.
  answer.headers.delete('etag')
  answer.headers.delete('last-modified')
  const cacheControl = missing?.headers.get('cache-control')
  if (cacheControl) answer.headers.set('cache-control', cacheControl)
  return answer
}

/**
 * Where an address that has no page leads now, if anywhere. Asked here, after the page answered
 * 404, rather than in the page: Next keeps a page's redirect in its route cache without the
 * Location header, so a cached 308 would point nowhere.
 */
async function redirectTarget(request: NextRequest, deadline: number): Promise<string | null> {
  try {
    const answer = await fetchSelf(request, '/api/redirect-target', `?${new URLSearchParams({ path: request.nextUrl.pathname }).toString()}`, deadline, { whole: true })
    if (answer.status !== 200) {
      await answer.body?.cancel()
      return null
    }
    const { location } = (await answer.json()) as { location?: unknown }
    return typeof location === 'string' && location.startsWith('/') && !location.startsWith('//') ? location : null
  } catch (error) {
    // The 404 page is still right for the visitor; the lookup is retried on the next visit.
    console.error(`[web] redirect lookup: ${messageOf(error)}`)
    return null
  }
}

async function servePage(request: NextRequest, locale: Locale, internal: string, deadline: number, cmsUp: boolean): Promise<NextResponse> {
  let page: Response
  try {
    page = await fetchSelf(request, internal, request.nextUrl.search, deadline)
  } catch (error) {
    console.error(`[web] ${cmsUp ? 'page' : 'outage guard'}: ${messageOf(error)}`)
    return unavailable(locale)
  }
  if (page.status === 404 && isHtml(page)) {
    await page.body?.cancel()
    const location = cmsUp ? await redirectTarget(request, deadline) : null
    if (location) {
      const moved = NextResponse.redirect(new URL(`${location}${request.nextUrl.search}`, request.url), 308)
      moved.headers.set('cache-control', 'public, max-age=300')
      return moved
    }
    return notFoundPage(request, locale, deadline, page)
  }
  // Any failed render gets the branded 503, not Next's 500: also in the second after the CMS
  // stopped, while the cached health probe still says it is up (a first render then fails).
  if (page.status >= 500) {
    await page.body?.cancel()
    console.error(`[web] ${internal} answered ${page.status}${cmsUp ? '' : ' (CMS down)'}: serving the 503 page`)
    return unavailable(locale)
  }
  return relay(page)
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl
  // This proxy's own internal request (or Next running the proxy again for a rewritten path).
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
  const isMissing = internal === notFoundPath(locale)
  const isRead = request.method === 'GET' || request.method === 'HEAD'
  const isInternal = request.headers.get(INTERNAL_HEADER) === internalToken()
  if (isInternal || (!isRead && !isMissing)) return rewrite(request, internal)

  const cmsUp = await probeCms(env.CMS_URL)
  const deadline = Date.now() + (cmsUp ? RENDER_BUDGET_MS : OUTAGE_BUDGET_MS)
  if (isMissing) {
    const answer = await notFoundPage(request, locale, deadline)
    // An unknown locale's 404 is in the visitor's preferred language.
    if (resolved.kind === 'unknown-locale') answer.headers.append('vary', 'Accept-Language')
    return answer
  }
  return servePage(request, locale, internal, deadline, cmsUp)
}

export const config = {
  // Pages only: not the API, Next's assets, or the files at the root.
  matcher: ['/((?!api/|_next/|favicon\\.svg|robots\\.txt|sitemap\\.xml).*)'],
}
