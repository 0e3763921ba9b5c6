import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import { cmsApi, type CmsDocument, createProject, type Locale, publishProject } from './support/cms'
import { useSite } from './support/browser'
import { LOCALES, sectionPath, seededContent, sitePaths } from './support/content'
import { fetchSite, statusOf } from './support/http'
import { readSitemap } from './support/sitemap'
import { inspectPage } from './support/pageFacts'

/** A word from a title that is distinctive enough to search for. */
function distinctiveWord(title: string): string {
  const word = title
    .split(/[^\p{L}\p{N}]+/u)
    .filter((candidate) => candidate.length >= 5)
    .sort((a, b) => b.length - a.length)[0]
  if (!word) throw new Error(`No searchable word in "${title}"`)
  return word
}

const resultLinks = (page: Page) => page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))

/** A draft project created through the CMS REST API for this run; readers must never see it. */
const token = `zq${randomBytes(4).toString('hex')}`
let draft: { id: CmsDocument['id']; slug: Record<Locale, string>; title: Record<Locale, string>; lead: Record<Locale, string> }

beforeAll(async () => {
  const content = await seededContent()
  const section = content.sections.nb[0]
  if (!section) throw new Error('No published section to attach the draft to')
  const title = { nb: `Utkast ${token} screening`, en: `Draft ${token} screening` }
  const slug = { nb: `utkast-${token}`, en: `draft-${token}` }
  const lead = { nb: `Upublisert prosjekt ${token}.`, en: `Unpublished project ${token}.` }
  const created = await createProject({
    nb: { title: title.nb, slug: slug.nb, lead: lead.nb },
    en: { title: title.en, slug: slug.en, lead: lead.en },
    sectionId: section.id,
    status: 'draft',
  })
  expect(created._status).toBe('draft')
  draft = { id: created.id, slug, title, lead }
})

describe.each(LOCALES)('search (%s)', (locale) => {
  const site = useSite()

  test('finds a seeded project by a word of its title, from the search form', async () => {
    const content = await seededContent()
    const project = content.projects[locale].find((candidate) => /\p{L}{5,}/u.test(candidate.title))
    if (!project) throw new Error('No project with a searchable title')
    const word = distinctiveWord(project.title)

    const { page } = await site.open(sitePaths.search(locale))
    expect((await inspectPage(page)).h1).toHaveLength(1)
    await page.locator('main form[role="search"] input[name="q"]').fill(word)
    await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === word), page.locator('main form[role="search"] [type="submit"]').click()])
    expect(new URL(page.url()).pathname).toBe(sitePaths.search(locale))
    expect(await resultLinks(page)).toContain(sitePaths.project(locale, project.slug))
    expect((await inspectPage(page)).languageSwitch).toBe(sitePaths.search(locale === 'nb' ? 'en' : 'nb', word))
  })

  test('finds departments and sections in the reader\'s language', async () => {
    const content = await seededContent()
    const department = content.departments[locale][0]
    const section = content.sections[locale][0]
    if (!department || !section) throw new Error('No department or section seeded')
    const { page: departmentResults } = await site.open(sitePaths.search(locale, department.title))
    expect(await resultLinks(departmentResults)).toContain(sitePaths.department(locale, department.slug))
    const { page: sectionResults } = await site.open(sitePaths.search(locale, section.title))
    expect(await resultLinks(sectionResults)).toContain(sectionPath(content, locale, section))
  })

  test('never shows a draft: not in search, not on the index, not at its address, not in the sitemap', async () => {
    // The draft exists: the admin reads it back.
    const asAdmin = await cmsApi<CmsDocument>(`/projects/${draft.id}?locale=${locale}&draft=true&depth=0`, { asAdmin: true })
    expect(asAdmin.title).toBe(draft.title[locale])
    for (const query of [token, draft.title[locale], 'screening']) {
      const { page, response } = await site.open(sitePaths.search(locale, query))
      expect(response.status()).toBe(200)
      // The query is echoed back, so look for what only the draft carries: its lead and its address.
      expect({ query, showsDraftLead: (await page.content()).includes(draft.lead[locale]) }).toEqual({ query, showsDraftLead: false })
      const draftSlugs = Object.values(draft.slug)
      expect((await resultLinks(page)).filter((href) => draftSlugs.some((slug) => href.includes(slug)))).toEqual([])
    }
    // "screening" matches published content, so the search above was not vacuous.
    const { page: published } = await site.open(sitePaths.search(locale, 'screening'))
    expect((await resultLinks(published)).length).toBeGreaterThan(0)

    expect(await statusOf(sitePaths.project(locale, draft.slug[locale]))).toBe(404)

    // Not on any page of the project index (walk it until the page after the last answers 404).
    let indexPages = 0
    for (let pageNumber = 1; pageNumber <= 50; pageNumber += 1) {
      const index = await fetchSite(`${sitePaths.projects(locale)}?page=${pageNumber}`)
      const html = await index.text()
      if (index.status === 404) break
      expect(index.status).toBe(200)
      expect(html).not.toContain(token)
      indexPages += 1
    }
    expect(indexPages).toBeGreaterThan(0)
    const sitemap = await readSitemap()
    expect(sitemap.urls.length).toBeGreaterThan(10)
    expect(sitemap.xml).not.toContain(token)
  })

})

// Runs after both locales' draft checks (Jest runs describe blocks in order).
describe('search after publishing', () => {
  const site = useSite()

  test('the same document, once published, is found in both languages: the checks above could have failed', async () => {
    await publishProject(draft.id, {
      nb: { title: draft.title.nb, slug: draft.slug.nb, lead: draft.lead.nb },
      en: { title: draft.title.en, slug: draft.slug.en, lead: draft.lead.en },
    })
    for (const locale of LOCALES) {
      const expected = sitePaths.project(locale, draft.slug[locale])
      const deadline = Date.now() + 15_000
      let links: string[] = []
      while (Date.now() < deadline) {
        const { page } = await site.open(sitePaths.search(locale, token))
        links = await resultLinks(page)
        if (links.includes(expected)) break
        await new Promise((resolve) => setTimeout(resolve, 1000))
      }
      expect({ locale, links }).toEqual({ locale, links: expect.arrayContaining([expected]) })
    }
  })
})
