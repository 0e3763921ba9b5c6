import { describe, expect, test } from '@jest/globals'

import { useSite } from './support/browser'
import { sitePaths } from './support/content'
import { fetchSite, statusOf } from './support/http'
import { inspectPage } from './support/pageFacts'

describe('locale routing', () => {
  const site = useSite()

  test('/ redirects to /nb for a Norwegian or unknown preference and to /en when English is preferred', async () => {
    const cases: [string, string][] = [
      ['', '/nb'],
      ['nb-NO,nb;q=0.9,en;q=0.8', '/nb'],
      ['de-DE,de;q=0.9', '/nb'],
      ['en-GB,en;q=0.9', '/en'],
      ['en-US,en;q=0.9,nb;q=0.5', '/en'],
    ]
    const answers = []
    for (const [acceptLanguage] of cases) {
      const response = await fetchSite('/', { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} })
      const location = response.headers.get('location')
      answers.push([acceptLanguage, location === null ? `status ${response.status}` : new URL(location, 'http://site').pathname])
      expect([301, 302, 303, 307, 308]).toContain(response.status)
    }
    expect(answers).toEqual(cases)
  })

  test('a browser preferring English lands on /en, one preferring bokmål on /nb', async () => {
    const { page, response } = await site.open('/')
    expect(response.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe('/nb')
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^nb/)

    await site.withContext({ locale: 'en-GB' }, async (english) => {
      const englishPage = await english.newPage()
      const englishResponse = await englishPage.goto('/')
      expect(englishResponse?.status()).toBe(200)
      expect(new URL(englishPage.url()).pathname).toBe('/en')
      expect(await englishPage.locator('html').getAttribute('lang')).toMatch(/^en/)
    })
  })

  test('unknown locales answer 404', async () => {
    for (const pathname of ['/de', '/fr/research', '/nn/forskning', '/xx/sok?q=janus', '/EN/research']) {
      expect({ pathname, status: await statusOf(pathname) }).toEqual({ pathname, status: 404 })
    }
  })

  test('each locale has its own 404 page, in its language, with status 404', async () => {
    const nb = await site.open('/nb/denne-siden-finnes-ikke')
    expect(nb.response.status()).toBe(404)
    const nbFacts = await inspectPage(nb.page)
    expect(nbFacts.lang).toMatch(/^nb/)
    expect(nbFacts.h1).toHaveLength(1)
    expect(await nb.page.locator('main a[href="/nb"]').count()).toBeGreaterThan(0)

    const en = await site.open('/en/this-page-does-not-exist')
    expect(en.response.status()).toBe(404)
    const enFacts = await inspectPage(en.page)
    expect(enFacts.lang).toMatch(/^en/)
    expect(enFacts.h1).toHaveLength(1)
    expect(await en.page.locator('main a[href="/en"]').count()).toBeGreaterThan(0)

    expect(enFacts.h1[0]).not.toBe(nbFacts.h1[0])
  })

  test('unknown documents and the other locale\'s words are 404s, never 500s', async () => {
    const paths = [
      sitePaths.project('nb', 'finnes-ikke-prosjekt'),
      sitePaths.project('en', 'no-such-project'),
      sitePaths.department('en', 'no-such-department'),
      sitePaths.section('nb', 'finnes-ikke', 'heller-ikke'),
      sitePaths.screeningProgramme('en', 'no-such-programme'),
      '/nb/research',
      '/en/forskning',
      '/nb/search?q=janus',
      '/en/forskning/prosjekter',
    ]
    for (const pathname of paths) {
      expect({ pathname, status: await statusOf(pathname) }).toEqual({ pathname, status: 404 })
    }
  })
})
