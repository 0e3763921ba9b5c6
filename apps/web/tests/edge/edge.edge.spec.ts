import fs from 'node:fs'
import http from 'node:http'
import { randomBytes } from 'node:crypto'
import { gunzipSync } from 'node:zlib'

import { describe, expect, test } from '@jest/globals'

import { e2eState } from '../e2e/support/state'

/**
 * The edge (deploy/edge/crn-edge.conf.template) in front of the built site and CMS, over plain
 * HTTP. `X-Edge-Cache` is nginx's $upstream_cache_status: MISS (asked the app), HIT (answered
 * from the micro-cache), BYPASS (credentials: asked the app, not stored), STALE (app down or
 * failing: the last good copy); absent where the edge never caches.
 *
 * Order matters: the rate-limit tests exhaust this client's allowance, and the last test stops
 * the apps.
 */

interface EdgeAnswer {
  status: number
  cache: string | null
  headers: Headers
  body: string
}

async function ask(base: 'site' | 'cms', pathname: string, init: RequestInit = {}): Promise<EdgeAnswer> {
  const state = e2eState()
  const origin = base === 'site' ? state.webUrl : state.cmsUrl
  const response = await fetch(new URL(pathname, origin), { redirect: 'manual', signal: AbortSignal.timeout(30_000), ...init })
  const body = await response.text()
  return { status: response.status, cache: response.headers.get('x-edge-cache'), headers: response.headers, body }
}

const unique = () => randomBytes(4).toString('hex')
/** A research-page address no earlier request used (the page ignores the query; the cache key does not). */
const freshResearchPage = (locale: 'nb' | 'en' = 'en') => `${locale === 'en' ? '/en/research' : '/nb/forskning'}?edge=${unique()}`
/** An anonymous, cacheable API read no earlier request used. */
const freshApiRead = () => `/api/projects?limit=1&depth=0&where[slug][equals]=edge-${unique()}`

/** Waits until the cached copy is past the edge's freshness (1 s, counted by nginx in whole seconds: at most 2 s). */
const pastFreshness = () => new Promise((resolve) => setTimeout(resolve, 2100))

describe('micro-cache of site pages', () => {
  test('an anonymous GET is asked once, then answered from the cache', async () => {
    const pathname = freshResearchPage()
    const first = await ask('site', pathname)
    expect({ status: first.status, cache: first.cache }).toEqual({ status: 200, cache: 'MISS' })
    const second = await ask('site', pathname)
    expect({ status: second.status, cache: second.cache }).toEqual({ status: 200, cache: 'HIT' })
    expect(second.body).toBe(first.body)
  })

  test('the project index and search, rendered per request, are micro-cached too (the site says they are public)', async () => {
    for (const pathname of [`/en/research/projects?page=1&edge=${unique()}`, `/nb/sok?q=${unique()}`]) {
      const first = await ask('site', pathname)
      expect({ pathname, status: first.status, cache: first.cache, cacheControl: first.headers.get('cache-control') }).toEqual({
        pathname,
        status: 200,
        cache: 'MISS',
        cacheControl: 'public, max-age=0, s-maxage=1',
      })
      expect({ pathname, cache: (await ask('site', pathname)).cache }).toEqual({ pathname, cache: 'HIT' })
      // In draft mode (an editor's preview) the page is the editor's own: not shared, not stored.
      const draft = await ask('site', pathname, { headers: { cookie: '__prerender_bypass=0123456789abcdef' } })
      expect({ pathname, cache: draft.cache }).toEqual({ pathname, cache: 'BYPASS' })
    }
  })

  test('a copy past its freshness is refreshed, not served as fresh', async () => {
    const pathname = freshResearchPage()
    expect((await ask('site', pathname)).cache).toBe('MISS')
    await pastFreshness()
    // Refreshed in place: never a stale copy of unknown age while the apps answer.
    expect(['EXPIRED', 'REVALIDATED']).toContain((await ask('site', pathname)).cache)
  })

  test.each([
    ['a Payload session cookie', { cookie: 'theme=dark; payload-token=abc.def.ghi' }],
    ['the draft-mode cookie', { cookie: '__prerender_bypass=0123456789abcdef' }],
    ['an Authorization header', { authorization: 'Bearer something' }],
  ])('a request with %s bypasses the cache and is not stored', async (_, headers) => {
    const pathname = freshResearchPage()
    const withCredentials = await ask('site', pathname, { headers })
    expect({ status: withCredentials.status, cache: withCredentials.cache }).toEqual({ status: 200, cache: 'BYPASS' })
    expect((await ask('site', pathname, { headers })).cache).toBe('BYPASS')
    // Nothing was stored for the anonymous visitor either.
    expect((await ask('site', pathname)).cache).toBe('MISS')
  })

  test('a client-side navigation (RSC) is keyed apart from the HTML of the same address', async () => {
    // Next's router asks with an `RSC: 1` header and an `_rsc` query value Next checks (it redirects
    // a request without the right one there); the same address without the header is HTML.
    const redirect = await ask('site', freshResearchPage(), { headers: { rsc: '1' } })
    expect(redirect.status).toBe(307)
    const pathname = redirect.headers.get('location') ?? ''
    expect(pathname).toContain('_rsc')
    const rsc = await ask('site', pathname, { headers: { rsc: '1' } })
    expect({ cache: rsc.cache, type: rsc.headers.get('content-type') }).toEqual({ cache: 'MISS', type: expect.stringMatching(/^text\/x-component/) })
    const html = await ask('site', pathname)
    expect({ cache: html.cache, type: html.headers.get('content-type') }).toEqual({ cache: 'MISS', type: expect.stringMatching(/^text\/html/) })
    const rscAgain = await ask('site', pathname, { headers: { rsc: '1' } })
    expect({ cache: rscAgain.cache, type: rscAgain.headers.get('content-type') }).toEqual({ cache: 'HIT', type: expect.stringMatching(/^text\/x-component/) })
    const htmlAgain = await ask('site', pathname)
    expect({ cache: htmlAgain.cache, type: htmlAgain.headers.get('content-type') }).toEqual({ cache: 'HIT', type: expect.stringMatching(/^text\/html/) })
  })

  test('a refresh from the edge’s own host (the CMS after a publish) asks the site now and stores the answer for everyone', async () => {
    const pathname = freshResearchPage()
    const refresh = await ask('site', pathname, { headers: { 'x-crn-edge-refresh': '1' } })
    expect({ status: refresh.status, cache: refresh.cache }).toEqual({ status: 200, cache: 'BYPASS' })
    // Stored: the next visitor is answered from the copy the refresh fetched.
    const visitor = await ask('site', pathname)
    expect({ status: visitor.status, cache: visitor.cache }).toEqual({ status: 200, cache: 'HIT' })
    // A refresh of a cached page goes to the site again rather than answering from the cache.
    expect((await ask('site', pathname, { headers: { 'x-crn-edge-refresh': '1' } })).cache).toBe('BYPASS')
  })

  test('the refresh header from any other address is refused with 403, and the page still answers that address without it', async () => {
    // The test edge listens on 127.0.0.1; a connection from 127.0.0.2 is another client to nginx.
    const fromOtherAddress = (headers: Record<string, string>) =>
      new Promise<{ status: number; cache: string | undefined }>((resolve, reject) => {
        const url = new URL(freshResearchPage(), e2eState().webUrl)
        const request = http.get(url, { headers, localAddress: '127.0.0.2', timeout: 30_000 }, (response) => {
          response.resume()
          response.on('end', () => resolve({ status: response.statusCode ?? 0, cache: response.headers['x-edge-cache'] as string | undefined }))
        })
        request.on('error', reject)
      })
    expect(await fromOtherAddress({ 'x-crn-edge-refresh': '1' })).toEqual({ status: 403, cache: undefined })
    expect(await fromOtherAddress({})).toEqual({ status: 200, cache: 'MISS' })
  })

  test('the site’s API (draft mode, revalidation, health) is never cached', async () => {
    const health = await ask('site', '/api/health')
    expect(health.status).toBe(200)
    expect(health.cache).toBeNull()
  })

  test('a missing page answers the locale’s 404 page, rendered on the server, with status 404', async () => {
    const missing = await ask('site', `/en/no-such-page-${unique()}`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/)
    expect(missing.body).toContain('<html lang="en-GB"')
    expect(missing.body).toContain('>Page not found</h1>')
    expect(missing.body).not.toContain('__next_error__')
    // Next itself, without the edge, answers 404 with the empty document the edge replaces.
    const direct = await fetch(new URL(`/en/no-such-page-${unique()}`, e2eState().webAppUrl))
    expect(direct.status).toBe(404)
    expect(await direct.text()).toContain('<html id="__next_error__">')
  })

  test('the 404 page’s own address is not a page for visitors', async () => {
    const direct = await ask('site', '/nb/page-not-found')
    expect(direct.status).toBe(404)
    expect(direct.body).toContain('>Siden finnes ikke</h1>')
  })
})

describe('micro-cache of the public API', () => {
  test('an anonymous GET is asked once, then answered from the cache (per CORS origin)', async () => {
    const pathname = freshApiRead()
    const first = await ask('cms', pathname)
    expect({ status: first.status, cache: first.cache }).toEqual({ status: 200, cache: 'MISS' })
    expect(first.headers.get('cache-control')).toMatch(/^public/)
    const second = await ask('cms', pathname)
    expect({ status: second.status, cache: second.cache }).toEqual({ status: 200, cache: 'HIT' })
    expect(second.body).toBe(first.body)
    // Another origin's answer carries its own CORS headers: not the cached copy of the first.
    const fromOrigin = await ask('cms', pathname, { headers: { origin: 'https://other.example.org' } })
    expect(fromOrigin.cache).toBe('MISS')
  })

  test('a GraphQL GET query is cached; a GraphQL POST never is', async () => {
    const query = encodeURIComponent(`{ Projects(limit: 1, where: { slug: { equals: "edge-${unique()}" } }) { totalDocs } }`)
    expect((await ask('cms', `/api/graphql?query=${query}`)).cache).toBe('MISS')
    expect((await ask('cms', `/api/graphql?query=${query}`)).cache).toBe('HIT')
    const post = () =>
      ask('cms', '/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ Projects(limit: 1) { totalDocs } }' }) })
    expect((await post()).status).toBe(200)
    expect((await post()).cache).not.toBe('HIT')
  })

  test('the app’s no-store wins: such an answer is never served from the cache', async () => {
    const first = await ask('cms', '/api/health')
    expect(first.headers.get('cache-control')).toContain('no-store')
    const second = await ask('cms', '/api/health')
    expect({ status: second.status, cache: second.cache }).toEqual({ status: 200, cache: 'MISS' })
  })

  test('a request with credentials bypasses the cache', async () => {
    const pathname = freshApiRead()
    expect((await ask('cms', pathname)).cache).toBe('MISS')
    const withCookie = await ask('cms', pathname, { headers: { cookie: 'payload-token=not-a-session' } })
    expect(withCookie.cache).toBe('BYPASS')
    const withAuthorization = await ask('cms', pathname, { headers: { authorization: 'api-keys API-Key not-a-key' } })
    expect({ status: withAuthorization.status, cache: withAuthorization.cache }).toEqual({ status: 401, cache: 'BYPASS' })
  })

  test('the admin and writes go straight through', async () => {
    const admin = await ask('cms', '/admin')
    expect(admin.status).toBe(200)
    expect(admin.cache).toBeNull()
    expect((await ask('cms', '/admin')).cache).toBeNull()
    const write = await ask('cms', '/api/projects', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(write.status).toBe(403)
    expect(write.cache).not.toBe('HIT')
  })
})

describe('transport and security headers', () => {
  test('site pages carry nosniff, a referrer policy and a CSP that lets only the CMS frame the site', async () => {
    const page = await ask('site', freshResearchPage())
    const cmsOrigin = new URL(e2eState().cmsUrl).origin
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain(`frame-ancestors 'self' ${cmsOrigin}`)
    expect(csp).toContain("object-src 'none'")
    // A visitor's page carries no script (apps/web/visitor-html/), so none may run inline.
    expect(csp).toContain("script-src 'self';")
    expect(page.body).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
    // An editor's draft-mode page keeps Next's inline page data (Live Preview needs Next's router).
    const draft = await ask('site', freshResearchPage(), { headers: { cookie: '__prerender_bypass=0123456789abcdef' } })
    expect(draft.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-inline';")
    expect(draft.body).toContain('self.__next_f')
    // Plain HTTP: no HSTS (it is sent on TLS connections only).
    expect(page.headers.get('strict-transport-security')).toBeNull()
    expect(page.headers.get('x-powered-by')).toBeNull()
  })

  test("the site's draft-mode cookies never reach the CMS (its Next would delete them, ending the editor's preview)", async () => {
    const cookie = 'theme=dark; __prerender_bypass=0123456789abcdef; __next_preview_data=abc'
    const draftCookies = (headers: Headers) => headers.getSetCookie().filter((line) => /^(?:__prerender_bypass|__next_preview_data)=/.test(line))
    // Why the edge leaves them out: the CMS app itself answers a foreign draft-mode cookie with its deletion.
    const direct = await fetch(new URL('/api/health', e2eState().cmsAppUrl), { headers: { cookie }, signal: AbortSignal.timeout(30_000) })
    expect(draftCookies(direct.headers).length).toBeGreaterThan(0)
    const throughEdge = await ask('cms', '/api/health', { headers: { cookie } })
    expect(throughEdge.status).toBe(200)
    expect(draftCookies(throughEdge.headers)).toEqual([])
  })

  test('CMS answers carry nosniff and the admin keeps its own frame-ancestors', async () => {
    const admin = await ask('cms', '/admin')
    expect(admin.headers.get('x-content-type-options')).toBe('nosniff')
    expect(admin.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
  })

  test('pages are compressed with gzip, and brotli when nginx has the module', async () => {
    const gzip = await fetch(new URL(freshResearchPage(), e2eState().webUrl), { headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    await gzip.arrayBuffer()
    const brotliAvailable = fs.existsSync('/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so')
    const br = await fetch(new URL(freshResearchPage(), e2eState().webUrl), { headers: { 'accept-encoding': 'br' } })
    expect(br.headers.get('content-encoding')).toBe(brotliAvailable ? 'br' : null)
    await br.arrayBuffer()
  })

  test('a child sitemap gzip file passes through as sent (the edge does not encode it again)', async () => {
    const response = await fetch(new URL('/sitemaps/0.xml.gz', e2eState().webUrl), { headers: { 'accept-encoding': 'gzip, br' }, signal: AbortSignal.timeout(30_000) })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/gzip')
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8')).toContain('<urlset')
  })

  test('bodies over the limit are refused with 413 before they reach an app', async () => {
    const siteTooLarge = await ask('site', '/api/revalidate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2 * 1024 * 1024) })
    expect(siteTooLarge.status).toBe(413)
    const cmsTooLarge = await ask('cms', '/api/media', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: Buffer.alloc(33 * 1024 * 1024) })
    expect(cmsTooLarge.status).toBe(413)
  })
})

describe('per-client rate limits', () => {
  test('sign-in attempts beyond the allowance answer 429 with Retry-After', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 16 }, () =>
        ask('cms', '/api/users/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: `nobody-${unique()}@example.org`, password: 'wrong-password' }),
        }),
      ),
    )
    const limited = attempts.filter((attempt) => attempt.status === 429)
    expect(limited.length).toBeGreaterThan(0)
    expect(attempts.filter((attempt) => attempt.status !== 429).every((attempt) => attempt.status === 401)).toBe(true)
    for (const answer of limited) {
      expect(answer.headers.get('retry-after')).toBe('60')
      expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: expect.stringContaining('sign-in') }] })
    }
  })

  test('writes beyond the allowance answer 429 with Retry-After', async () => {
    const writes = await Promise.all(
      Array.from({ length: 260 }, () => ask('cms', '/api/projects', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })),
    )
    const limited = writes.filter((write) => write.status === 429)
    expect(limited.length).toBeGreaterThan(0)
    expect(writes.filter((write) => write.status !== 429).every((write) => write.status === 403)).toBe(true)
    expect(limited.every((answer) => answer.headers.get('retry-after') === '1')).toBe(true)
  })

  test('uncached API reads (with credentials) beyond the allowance answer 429; cached reads do not count', async () => {
    const cached = freshApiRead()
    const anonymous = await Promise.all(Array.from({ length: 300 }, () => ask('cms', cached)))
    expect(anonymous.every((answer) => answer.status === 200)).toBe(true)
    const withCredentials = await Promise.all(
      Array.from({ length: 300 }, () => ask('cms', freshApiRead(), { headers: { authorization: 'api-keys API-Key not-a-key' } })),
    )
    const limited = withCredentials.filter((answer) => answer.status === 429)
    expect(limited.length).toBeGreaterThan(0)
    expect(withCredentials.filter((answer) => answer.status !== 429).every((answer) => answer.status === 401)).toBe(true)
    expect(limited.every((answer) => answer.headers.get('retry-after') === '1')).toBe(true)
  })
})

/** True while any process of the group is alive. */
function groupAlive(processGroup: number): boolean {
  try {
    process.kill(-processGroup, 0)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false
    throw error
  }
}

async function stopGroup(processGroup: number): Promise<void> {
  process.kill(-processGroup, 'SIGKILL')
  const deadline = Date.now() + 10_000
  while (groupAlive(processGroup)) {
    if (Date.now() > deadline) throw new Error(`process group ${processGroup} survived SIGKILL`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('while the apps are down (runs last: stops them)', () => {
  test('cached pages and API answers stay 200 (stale); a page never cached gets the localized 503 page', async () => {
    const state = e2eState()
    const cachedPage = freshResearchPage('nb')
    const cachedApi = freshApiRead()
    expect((await ask('site', cachedPage)).status).toBe(200)
    expect((await ask('cms', cachedApi)).status).toBe(200)

    await stopGroup(state.webProcessGroup)
    await stopGroup(state.cmsProcessGroup)
    const appDown = await fetch(`${state.webAppUrl}/api/health`).then(
      () => false,
      () => true,
    )
    expect(appDown).toBe(true)
    await pastFreshness()

    const page = await ask('site', cachedPage)
    expect({ status: page.status, cache: page.cache }).toEqual({ status: 200, cache: 'STALE' })
    expect(page.body).toContain('<html lang="nb-NO"')
    const api = await ask('cms', cachedApi)
    expect({ status: api.status, cache: api.cache }).toEqual({ status: 200, cache: 'STALE' })

    for (const [locale, lang, title] of [
      ['en', 'en-GB', 'temporarily unavailable'],
      ['nb', 'nb-NO', 'midlertidig utilgjengelig'],
    ] as const) {
      const never = await ask('site', freshResearchPage(locale))
      expect({ status: never.status, type: never.headers.get('content-type'), retryAfter: never.headers.get('retry-after') }).toEqual({
        status: 503,
        type: 'text/html; charset=utf-8',
        retryAfter: '30',
      })
      expect(never.body).toContain(`<html lang="${lang}">`)
      expect(never.body.toLowerCase()).toContain(title)
      expect(never.body).toBe(fs.readFileSync(new URL(`../../../../deploy/edge/static/503.${locale}.html`, import.meta.url), 'utf8'))
    }
  })
})
