import { describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import type { Locale } from './support/cms'
import { useSite } from './support/browser'
import { LOCALES, projectsOf, seededContent, sitePaths } from './support/content'
import { statusOf } from './support/http'
import { inspectPage } from './support/pageFacts'

/** Paths of the project pages listed on the current index page. */
async function listedProjects(page: Page, locale: Locale): Promise<string[]> {
  const prefix = `${sitePaths.projects(locale)}/`
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  return [...new Set(hrefs.filter((href) => href.startsWith(prefix) && !href.slice(prefix.length).includes('/')))]
}

/** Every project listed from the current page to the last, following the "next page" links. */
async function listedOnAllPages(page: Page, locale: Locale): Promise<string[]> {
  const seen: string[] = []
  for (let pageNumber = 1; pageNumber <= 50; pageNumber += 1) {
    seen.push(...(await listedProjects(page, locale)))
    const next = page.locator('main a[rel="next"]')
    if ((await next.count()) === 0) return seen
    const href = (await next.first().getAttribute('href')) ?? ''
    await Promise.all([page.waitForURL((url) => `${url.pathname}${url.search}` === href), next.first().click()])
  }
  throw new Error('More than 50 index pages: pagination does not end')
}

const sorted = (values: string[]) => [...values].sort()

describe.each(LOCALES)('project index (%s)', (locale) => {
  const site = useSite()

  test('lists every published project across its pages, each exactly once', async () => {
    const content = await seededContent()
    const { page, response } = await site.open(sitePaths.projects(locale))
    expect(response.status()).toBe(200)
    expect((await inspectPage(page)).h1).toHaveLength(1)
    const firstPage = await listedProjects(page, locale)
    expect(firstPage.length).toBeGreaterThan(0)
    expect(firstPage.length).toBeLessThan(content.projects[locale].length)

    const all = await listedOnAllPages(page, locale)
    expect(all).toHaveLength(new Set(all).size)
    expect(sorted(all)).toEqual(sorted(content.projects[locale].map((project) => sitePaths.project(locale, project.slug))))
  })

  test('?page=2 shows the next projects; out-of-range and invalid pages are 404s', async () => {
    const { page: first } = await site.open(sitePaths.projects(locale))
    const pageOne = await listedProjects(first, locale)
    const { page: second, response } = await site.open(`${sitePaths.projects(locale)}?page=2`)
    expect(response.status()).toBe(200)
    const pageTwo = await listedProjects(second, locale)
    expect(pageTwo.length).toBeGreaterThan(0)
    expect(pageTwo.filter((href) => pageOne.includes(href))).toEqual([])
    expect(await second.locator('main [aria-current="page"]', { hasText: '2' }).count()).toBeGreaterThan(0)

    for (const query of ['page=999', 'page=abc', 'page=0', 'page=-1', 'page=1.5', 'page=2&page=3', 'status=unknown', 'section=abc', 'section=999999', 'section=a&section=b']) {
      const pathname = `${sitePaths.projects(locale)}?${query}`
      expect({ pathname, status: await statusOf(pathname) }).toEqual({ pathname, status: 404 })
    }
    const { response: browserResponse } = await site.open(`${sitePaths.projects(locale)}?page=999`)
    expect(browserResponse.status()).toBe(404)
  })

  test('the status filter shows ongoing and completed projects separately', async () => {
    const content = await seededContent()
    for (const status of ['ongoing', 'completed']) {
      const expected = content.projects[locale].filter((project) => project.status === status).map((project) => sitePaths.project(locale, project.slug))
      expect({ status, seeded: expected.length > 0 }).toEqual({ status, seeded: true })
      const { page } = await site.open(sitePaths.projects(locale))
      await page.locator('main form select[name="status"]').selectOption(status)
      await Promise.all([page.waitForURL((url) => url.searchParams.get('status') === status), page.locator('main form [type="submit"]').click()])
      expect(sorted(await listedOnAllPages(page, locale))).toEqual(sorted(expected))
    }
  })

  test('the section filter shows the projects of that section', async () => {
    const content = await seededContent()
    const section = content.sections[locale].find((candidate) => projectsOf(content, locale, candidate.id).length > 1)
    if (!section) throw new Error('No section has two or more projects')
    const expected = projectsOf(content, locale, section.id).map((project) => sitePaths.project(locale, project.slug))
    const { page } = await site.open(sitePaths.projects(locale))
    // Public URLs carry the section's slug in the page's language, never a database id.
    await page.locator('main form select[name="section"]').selectOption(section.slug)
    await Promise.all([page.waitForURL((url) => url.searchParams.get('section') === section.slug), page.locator('main form [type="submit"]').click()])
    expect(page.url()).not.toContain(String(section.id))
    expect(sorted(await listedOnAllPages(page, locale))).toEqual(sorted(expected))
    // The other language's version of the filtered index filters by that language's slug.
    const other = locale === 'nb' ? 'en' : 'nb'
    const otherSlug = content.sections[other].find((candidate) => candidate.id === section.id)?.slug
    if (!otherSlug) throw new Error(`Section ${section.slug} has no ${other} slug`)
    const { page: filtered } = await site.open(`${sitePaths.projects(locale)}?section=${encodeURIComponent(section.slug)}`)
    const alternate = Object.values((await inspectPage(filtered)).alternates).find((href) => href.startsWith(sitePaths.projects(other)))
    expect(alternate).toBe(`${sitePaths.projects(other)}?section=${encodeURIComponent(otherSlug)}`)

    // Both filters together narrow further.
    const completed = content.projects[locale].filter((project) => project.status === 'completed')
    const both = `${sitePaths.projects(locale)}?status=completed&section=${encodeURIComponent(section.slug)}`
    const { page: combined, response } = await site.open(both)
    expect(response.status()).toBe(200)
    expect(sorted(await listedOnAllPages(combined, locale))).toEqual(
      sorted(expected.filter((href) => completed.some((project) => href === sitePaths.project(locale, project.slug)))),
    )
  })
})
