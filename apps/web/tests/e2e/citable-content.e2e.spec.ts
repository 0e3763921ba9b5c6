import { describe, expect, test } from '@jest/globals'

import { axeViolations } from './support/axe'
import { useSite } from './support/browser'
import { type CmsDocument, cmsApi } from './support/cms'
import { seededContent, sitePaths } from './support/content'
import { normaliseSpace } from './support/pageFacts'
import { readSitemap } from './support/sitemap'

/**
 * Content people can cite, on the built site: a page not yet translated marks its fallback
 * text with its language and says so, lists no false translation in hreflang or the sitemap;
 * every page links to its public change history; an unconfirmed status says so.
 */
const site = useSite()

let made = 0
let shared: Promise<CmsDocument> | undefined
/** One bokmål-only project for this file (each new one would leave the sitemap to refresh again). */
const theProject = () => (shared ??= bokmalOnlyProject())

/** A project published in bokmål only, with a public change note. */
async function bokmalOnlyProject(): Promise<CmsDocument> {
  const stamp = `${Date.now().toString(36)}-${(made += 1)}`
  const content = await seededContent()
  const section = content.sections.nb[0]
  if (!section) throw new Error('no section')
  const response = await cmsApi<{ doc: CmsDocument }>('/projects?locale=nb&depth=0', {
    method: 'POST',
    asAdmin: true,
    body: JSON.stringify({
      title: `Bare på bokmål ${stamp}`,
      slug: `bare-pa-bokmal-${stamp}`,
      lead: 'Et prosjekt som ikke er oversatt ennå.',
      status: 'ongoing',
      sections: [section.id],
      changeNote: 'Prosjektet er lagt inn.',
      _status: 'published',
    }),
  })
  return response.doc
}

describe('translation parity', () => {
  test('an English page showing bokmål text marks it lang="nb", says it is not translated, and has no false hreflang', async () => {
    const project = await theProject()
    expect(project.completeLocales).toEqual(['nb'])
    const english = sitePaths.project('en', project.slug)

    const { page, response } = await site.open(english)
    expect(response.status()).toBe(200)
    expect(await page.locator('main h1').getAttribute('lang')).toBe('nb')
    expect(await page.locator('main p.lead').getAttribute('lang')).toBe('nb')
    expect(normaliseSpace(await page.locator('main .translation-notice').innerText())).toContain('has not been translated into English yet')
    expect(await page.locator('link[rel="alternate"][hreflang="en-GB"]').count()).toBe(0)
    expect(await page.locator('link[rel="alternate"][hreflang="nb-NO"]').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])

    // The bokmål page is the real one: no notice, no language switch inside it.
    const { page: bokmal } = await site.open(sitePaths.project('nb', project.slug))
    expect(await bokmal.locator('main h1').getAttribute('lang')).toBeNull()
    expect(await bokmal.locator('main .translation-notice').count()).toBe(0)
    expect(await bokmal.locator('link[rel="alternate"][hreflang="en-GB"]').count()).toBe(0)

    // The sitemap lists the bokmål address only. (The sitemap is rebuilt at most a minute after its
    // last build, lib/sitemap/lastGoodSitemap.ts, so read until it is there.)
    const started = Date.now()
    // /sitemap.xml is an index: read it and every child sitemap it lists.
    let { xml } = await readSitemap()
    while (!xml.includes(sitePaths.project('nb', project.slug)) && Date.now() - started < 75_000) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      ;({ xml } = await readSitemap())
    }
    expect(xml).toContain(sitePaths.project('nb', project.slug))
    expect(xml).not.toContain(english)
  })
})

describe('honest dates', () => {
  test('"Last updated" links to a public change history with dates and notes, never editor names', async () => {
    const project = await theProject()
    const { page } = await site.open(sitePaths.project('nb', project.slug))
    const history = page.locator('main .last-updated a', { hasText: 'Endringslogg' })
    expect(await history.count()).toBe(1)
    // The history lives under the page's own address: localized words and the slug, no id.
    const historyPath = sitePaths.changeHistory('nb', sitePaths.project('nb', project.slug))
    expect(historyPath).toBe(`/nb/forskning/prosjekter/${project.slug}/endringslogg`)
    await Promise.all([page.waitForURL((url) => url.pathname === historyPath), history.click()])
    const entries = page.locator('main ol.change-history li')
    expect(await entries.count()).toBe(1)
    expect(normaliseSpace(await entries.first().innerText())).toContain('Prosjektet er lagt inn.')
    expect(await page.locator('main').innerText()).not.toMatch(/@|admin/i)
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('certainty of statuses', () => {
  test('a status no source confirms is shown as not confirmed on the page and in its JSON-LD', async () => {
    const content = await seededContent()
    const ltfu = content.projects.en.find((project) => project.acronym === 'LTFU V501')
    if (!ltfu) throw new Error('LTFU V501 not seeded')
    const { page } = await site.open(sitePaths.project('en', ltfu.slug))
    expect(normaliseSpace(await page.locator('main .status').innerText())).toBe('Ongoing (status not confirmed)')
    const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent()
    expect(jsonLd).toContain('status not confirmed')
    expect(jsonLd).not.toContain('MSD')
  })
})
