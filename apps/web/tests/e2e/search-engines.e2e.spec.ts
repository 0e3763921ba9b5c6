import http from 'node:http'
import zlib from 'node:zlib'

import { describe, expect, test } from '@jest/globals'

import { useSite } from './support/browser'
import { janusSection, sectionPath, seededContent, sitePaths } from './support/content'
import { fetchSite } from './support/http'
import { readSitemap } from './support/sitemap'
import { e2eState, siteUrl } from './support/state'

describe('sitemap and robots.txt', () => {
  test('sitemap.xml is an index of child sitemaps that list both locales with last-modified dates, and every listed page answers 200', async () => {
    const { children, xml, urls } = await readSitemap()
    const origin = new URL(e2eState().webUrl).origin
    for (const child of children) expect(new URL(child).origin).toBe(origin)
    expect(xml).toContain('hreflang="en')
    const paths = urls.map((url) => {
      expect(new URL(url).origin).toBe(origin)
      return new URL(url).pathname
    })
    expect(paths).toEqual(expect.arrayContaining([sitePaths.home('nb'), sitePaths.home('en'), sitePaths.research('nb'), sitePaths.research('en')]))
    const nb = paths.filter((pathname) => pathname.startsWith('/nb'))
    const en = paths.filter((pathname) => pathname.startsWith('/en'))
    expect(nb.length).toBeGreaterThan(10)
    // Only real translations are listed: a page not (yet) complete in a locale has no entry there.
    const translatedIn = (doc: Record<string, unknown>, locale: 'nb' | 'en') => !Array.isArray(doc.completeLocales) || doc.completeLocales.includes(locale)

    const content = await seededContent()
    const untranslated = content.projects.nb.filter((project) => !translatedIn(project, 'en'))
    // No English address for a page that is not translated; every other page in both languages.
    for (const project of untranslated) expect(paths).not.toContain(sitePaths.project('en', project.slug))
    const listedUntranslated = untranslated.filter((project) => paths.includes(sitePaths.project('nb', project.slug))).length
    expect(en.length).toBe(nb.length - listedUntranslated)
    for (const locale of ['nb', 'en'] as const) {
      for (const project of content.projects[locale].filter((doc) => translatedIn(doc, locale))) expect(paths).toContain(sitePaths.project(locale, project.slug))
      expect(paths).toContain(sectionPath(content, locale, janusSection(content, locale)))
    }
    expect((xml.match(/<lastmod>\d{4}-\d{2}-\d{2}/g) ?? []).length).toBeGreaterThanOrEqual(content.projects.nb.length)

    const failing: string[] = []
    for (let index = 0; index < paths.length; index += 6) {
      const batch = paths.slice(index, index + 6)
      const statuses = await Promise.all(batch.map(async (pathname) => [pathname, (await fetchSite(pathname)).status] as const))
      failing.push(...statuses.filter(([, status]) => status !== 200).map(([pathname, status]) => `${status} ${pathname}`))
    }
    expect(failing).toEqual([])
  })

  test('a child sitemap is listed as a gzip file, sent as it was compressed (not encoded again), and as plain XML at .xml', async () => {
    // node:http, not fetch: the bytes exactly as sent, with no transparent decoding.
    const raw = (pathname: string) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get(siteUrl(pathname), { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
            const chunks: Buffer[] = []
            response.on('data', (chunk: Buffer) => chunks.push(chunk))
            response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
          })
          .on('error', reject)
      })
    const { indexXml } = await readSitemap()
    expect(indexXml).toContain('/sitemaps/0.xml.gz</loc>')
    const gzipFile = await raw('/sitemaps/0.xml.gz')
    expect(gzipFile.status).toBe(200)
    expect(gzipFile.headers['content-type']).toBe('application/gzip')
    expect(gzipFile.headers['content-encoding']).toBeUndefined()
    const xml = zlib.gunzipSync(gzipFile.body).toString('utf8')
    expect(xml.startsWith('<?xml')).toBe(true)
    expect(xml).toContain('<urlset')
    const plain = await fetchSite('/sitemaps/0.xml')
    expect(plain.status).toBe(200)
    expect(await plain.text()).toBe(xml)
  })

  test('a child sitemap that does not exist is a 404', async () => {
    expect((await fetchSite('/sitemaps/999.xml')).status).toBe(404)
    expect((await fetchSite('/sitemaps/999.xml.gz')).status).toBe(404)
    expect((await fetchSite('/sitemaps/first.xml')).status).toBe(404)
  })

  test('robots.txt points to the sitemap', async () => {
    const response = await fetchSite('/robots.txt')
    expect(response.status).toBe(200)
    const robots = await response.text()
    const sitemapLine = robots.split('\n').find((line) => /^sitemap:/i.test(line.trim()))
    expect(sitemapLine).toBeDefined()
    const sitemapUrl = new URL((sitemapLine ?? '').replace(/^\s*sitemap:\s*/i, '').trim())
    expect(sitemapUrl.pathname).toBe('/sitemap.xml')
    expect(sitemapUrl.origin).toBe(new URL(e2eState().webUrl).origin)
  })
})

describe('page metadata and structured data', () => {
  const site = useSite()

  const jsonLdTypes = async (pathname: string) => {
    const { page } = await site.open(pathname)
    const blocks = await page.locator('script[type="application/ld+json"]').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''))
    const types = blocks.flatMap((block) => {
      const data: unknown = JSON.parse(block)
      const items = Array.isArray(data) ? data : [data]
      return items.map((item) => (item && typeof item === 'object' && '@type' in item ? String((item as { '@type': unknown })['@type']) : ''))
    })
    return { page, types }
  }

  test('JSON-LD: Organization on the home page, ResearchProject on a project, Dataset on the Janus Serum Bank', async () => {
    const content = await seededContent()
    expect((await jsonLdTypes(sitePaths.home('en'))).types).toContain('Organization')
    const project = content.projects.nb[0]
    if (!project) throw new Error('no project')
    expect((await jsonLdTypes(sitePaths.project('nb', project.slug))).types).toContain('ResearchProject')
    expect((await jsonLdTypes(sectionPath(content, 'en', janusSection(content, 'en')))).types).toContain('Dataset')
  })

  test('a project page has its title, description, canonical URL and OpenGraph tags', async () => {
    const content = await seededContent()
    // A project with a real lead (earlier specs add projects with short test leads; the description is the lead).
    const project = [...content.projects.en].sort((a, b) => String(b.lead ?? '').length - String(a.lead ?? '').length)[0]
    if (!project) throw new Error('no project')
    const pathname = sitePaths.project('en', project.slug)
    const { page } = await site.open(pathname)
    const meta = await page.evaluate(() => ({
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null,
      ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null,
      ogLocale: document.querySelector('meta[property="og:locale"]')?.getAttribute('content') ?? null,
    }))
    expect(meta.title).toContain(project.title)
    expect(meta.description?.length ?? 0).toBeGreaterThan(20)
    expect(new URL(meta.canonical ?? '', e2eState().webUrl).pathname).toBe(pathname)
    expect(meta.ogTitle).toContain(project.title)
    expect(new URL(meta.ogUrl ?? '', e2eState().webUrl).pathname).toBe(pathname)
    expect(meta.ogLocale).toMatch(/^en/)
  })
})

describe('metadata in the document head', () => {
  // Next streams the metadata of per-request pages after the head for browsers it does not list as
  // HTML-limited bots; the site asks for it in the head for every client (htmlLimitedBots in
  // next.config.ts), so crawlers and tools Next does not know read the description.
  test.each(['nb', 'en'] as const)('the project index (rendered per request) has its description and canonical in the head for a browser (%s)', async (locale) => {
    const response = await fetchSite(sitePaths.projects(locale), {
      headers: { 'user-agent': 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36' },
    })
    expect(response.status).toBe(200)
    const html = await response.text()
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head).toMatch(/<meta name="description" content="[^"]+"/)
    expect(head).toMatch(/<link rel="canonical" href="[^"]+"/)
  })
})

describe('POST /api/revalidate', () => {
  const revalidate = (headers: Record<string, string>, body: unknown = { tags: ['collection:projects'] }) =>
    fetchSite('/api/revalidate', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

  test('answers 401 without a secret and 403 with a wrong one', async () => {
    expect((await revalidate({})).status).toBe(401)
    expect((await revalidate({ 'x-revalidate-secret': 'wrong-secret' })).status).toBe(403)
    expect((await revalidate({ authorization: 'Bearer wrong-secret' })).status).toBe(403)
    expect((await revalidate({ 'x-revalidate-secret': `${e2eState().revalidateSecret}x` })).status).toBe(403)
  })

  test('with the shared secret: revalidates valid tags (200) and rejects a bad body (400)', async () => {
    const secret = { 'x-revalidate-secret': e2eState().revalidateSecret }
    const ok = await revalidate(secret, { tags: ['collection:projects', 'global:navigation'] })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ revalidated: true, tags: ['collection:projects', 'global:navigation'] })
    expect((await revalidate(secret, { tags: ['<script>'] })).status).toBe(400)
    expect((await revalidate(secret, { nothing: true })).status).toBe(400)
  })
})
