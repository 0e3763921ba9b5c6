import { describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import { useSite } from './support/browser'
import type { Locale } from './support/cms'
import { LOCALES, seededContent, sitePaths } from './support/content'
import { fetchSite } from './support/http'
import { normaliseSpace } from './support/pageFacts'

/**
 * Every 404 is a whole page in the HTML the server sends: readable without JavaScript, the skip
 * link first, the locale's header, menu and footer. (Next's own answer to `notFound()` is an empty
 * error document the browser fills in; the edge answers with the server-rendered 404 page instead.)
 */

/** What a visitor reads on the 404 page, and the page's `<html lang>`. */
const EXPECTED = {
  nb: { lang: 'nb-NO', h1: 'Siden finnes ikke', skip: 'Hopp til hovedinnhold' },
  en: { lang: 'en-GB', h1: 'Page not found', skip: 'Skip to main content' },
} as const

interface MissingAddress {
  why: string
  pathname: string
  acceptLanguage?: string
}

/** One address per way of being missing, in `locale`. */
async function missingAddresses(locale: Locale): Promise<MissingAddress[]> {
  const content = await seededContent()
  const department = content.departments[locale][0]
  const section = content.sections[locale][0]
  if (!department || !section) throw new Error('The seed has no department or section')
  return [
    { why: 'unknown address', pathname: `/${locale}/${locale === 'nb' ? 'denne-finnes-ikke' : 'this-does-not-exist'}` },
    { why: 'unknown address below a page', pathname: `${sitePaths.keyFigures(locale)}/extra/deep` },
    { why: "the other language's word", pathname: locale === 'nb' ? '/nb/research' : '/en/forskning' },
    { why: 'missing project', pathname: sitePaths.project(locale, 'no-such-project-404') },
    { why: 'missing department', pathname: sitePaths.department(locale, 'no-such-department-404') },
    { why: 'missing section of a real department', pathname: sitePaths.section(locale, department.slug, 'no-such-section-404') },
    { why: 'real section under a missing department', pathname: sitePaths.section(locale, 'no-such-department-404', section.slug) },
    { why: 'missing screening programme', pathname: sitePaths.screeningProgramme(locale, 'no-such-programme-404') },
    { why: 'project index page past the end', pathname: `${sitePaths.projects(locale)}?page=999` },
    { why: 'project index page that is not a number', pathname: `${sitePaths.projects(locale)}?page=abc` },
    { why: 'unknown project status', pathname: `${sitePaths.projects(locale)}?status=unknown` },
    { why: 'unknown locale', pathname: '/de/forschung', acceptLanguage: locale === 'nb' ? 'nb-NO,nb;q=0.9' : 'en-GB,en;q=0.9' },
  ]
}

/** The facts of a document, read from its DOM (parsed by Chromium with JavaScript off). */
async function documentFacts(page: Page) {
  return page.evaluate(() => {
    const focusable = document.querySelector<HTMLElement>('body a[href], body button, body input, body select, body textarea, body [tabindex]:not([tabindex="-1"])')
    return {
      htmlId: document.documentElement.id,
      lang: document.documentElement.getAttribute('lang'),
      title: document.title,
      robots: document.querySelector<HTMLMetaElement>('meta[name="robots"]')?.content ?? '',
      firstFocusable: focusable ? { tag: focusable.tagName, href: focusable.getAttribute('href'), text: focusable.textContent ?? '' } : null,
      mainId: document.querySelector('main')?.id ?? null,
      h1: Array.from(document.querySelectorAll('h1')).map((heading) => heading.textContent ?? ''),
      h1InMain: document.querySelectorAll('main h1').length,
      mainLinks: Array.from(document.querySelectorAll<HTMLAnchorElement>('main a[href]')).map((link) => link.getAttribute('href')),
      menuLinks: document.querySelectorAll('header nav a[href]').length,
      footerLinks: document.querySelectorAll('footer a[href]').length,
    }
  })
}

describe.each(LOCALES)('404 pages are rendered on the server (%s)', (locale) => {
  const site = useSite()
  const expected = EXPECTED[locale]

  test('every kind of missing address answers 404 with the whole 404 page in the raw HTML', async () => {
    const addresses = await missingAddresses(locale)
    await site.withContext({ javaScriptEnabled: false }, async (noScript) => {
      const page = await noScript.newPage()
      for (const { why, pathname, acceptLanguage } of addresses) {
        const response = await fetchSite(pathname, { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} })
        const html = await response.text()
        expect({ why, pathname, status: response.status, type: response.headers.get('content-type') }).toEqual({
          why,
          pathname,
          status: 404,
          type: 'text/html; charset=utf-8',
        })
        // The text is in the HTML itself, not only in the data a script renders later.
        expect({ why, h1InHtml: html.includes(`>${expected.h1}</h1>`) }).toEqual({ why, h1InHtml: true })

        await page.setContent(html, { waitUntil: 'domcontentloaded' })
        const facts = await documentFacts(page)
        expect({ why, ...facts, title: facts.title.startsWith(expected.h1), h1: facts.h1.map(normaliseSpace) }).toEqual({
          why,
          htmlId: '',
          lang: expected.lang,
          title: true,
          robots: expect.stringContaining('noindex'),
          firstFocusable: { tag: 'A', href: '#main', text: expected.skip },
          mainId: 'main',
          h1: [expected.h1],
          h1InMain: 1,
          mainLinks: expect.arrayContaining([sitePaths.home(locale), sitePaths.research(locale), sitePaths.search(locale)]),
          menuLinks: expect.any(Number),
          footerLinks: expect.any(Number),
        })
        expect({ why, menuLinks: facts.menuLinks > 0, footerLinks: facts.footerLinks > 0 }).toEqual({ why, menuLinks: true, footerLinks: true })
      }
    })
  })

  test('with JavaScript off, a browser shows the 404 page and the skip link is the first Tab stop', async () => {
    const pathname = sitePaths.project(locale, 'no-such-project-404')
    await site.withContext({ javaScriptEnabled: false }, async (noScript) => {
      const page = await noScript.newPage()
      const response = await page.goto(pathname)
      expect(response?.status()).toBe(404)
      expect(normaliseSpace(await page.locator('main h1').innerText())).toBe(expected.h1)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null)).toBe('#main')
    })
  })

  test('with JavaScript on, the page stays the same after the scripts run (no error, no client-only render)', async () => {
    const page = await site.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    const pathname = `/${locale}/${locale === 'nb' ? 'finnes-ikke-heller' : 'not-here-either'}`
    const response = await page.goto(pathname, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(404)
    // The document the server sent is still the one shown, at the address asked for.
    expect(new URL(page.url()).pathname).toBe(pathname)
    expect(await page.locator('html').getAttribute('lang')).toBe(expected.lang)
    expect((await page.locator('h1').allInnerTexts()).map(normaliseSpace)).toEqual([expected.h1])
    // The failed request of a 404 document itself is reported on the console; nothing else may be.
    expect(problems.filter((problem) => !problem.includes('404'))).toEqual([])
  })

  test('HEAD of a missing address answers 404 without a body', async () => {
    const response = await fetchSite(sitePaths.project(locale, 'no-such-project-404'), { method: 'HEAD' })
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('')
  })
})
