import { describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import type { CmsDocument, Locale } from './support/cms'
import { useSite } from './support/browser'
import { inLocale, LOCALES, otherLocale, projectsOf, sectionPath, sectionsOf, seededContent, type SeededContent, sitePaths } from './support/content'
import { inspectPage, normaliseSpace } from './support/pageFacts'

const pathnameOf = (page: Page) => new URL(page.url()).pathname

/**
 * The browser's Back button. Waits for the page to settle first: Next's client runtime rewrites the
 * history entry (replaceState) once it has loaded, and a Back pressed before that can be lost.
 */
async function goBack(page: Page, expected: string): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.goBack()
  await page.waitForURL((url) => url.pathname === expected)
}

/** Follows the link to `href` inside `scope` and waits for that page to load. */
async function follow(page: Page, href: string, scope = 'main'): Promise<void> {
  const link = page.locator(`${scope} a[href="${href}"]`).first()
  await Promise.all([page.waitForURL((url) => url.pathname === href), link.click()])
}

/** The page shows `title` as its only h1, in `locale`, at `pathname`. */
async function expectDocumentPage(page: Page, locale: Locale, pathname: string, title: string): Promise<void> {
  expect(pathnameOf(page)).toBe(pathname)
  const facts = await inspectPage(page)
  expect(facts.lang).toMatch(new RegExp(`^${locale}`))
  expect(facts.h1).toEqual([normaliseSpace(title)])
  expect(normaliseSpace(facts.title)).toContain(normaliseSpace(title))
}

/**
 * The language switch leads to the same document in the other language (its own slug there),
 * then the browser's Back button returns to where we were.
 */
async function expectLanguageSwitch(page: Page, locale: Locale, other: { pathname: string; title: string }): Promise<void> {
  const before = pathnameOf(page)
  const facts = await inspectPage(page)
  expect(facts.languageSwitch).toBe(other.pathname)
  const hreflangTargets = Object.values(facts.alternates)
  expect(hreflangTargets).toEqual(expect.arrayContaining([before, other.pathname]))
  await Promise.all([page.waitForURL((url) => url.pathname === other.pathname), page.locator('a[data-testid="language-switcher"]').click()])
  await expectDocumentPage(page, otherLocale(locale), other.pathname, other.title)
  // And the switch on the other side comes straight back.
  expect((await inspectPage(page)).languageSwitch).toBe(before)
  await goBack(page, before)
  expect(pathnameOf(page)).toBe(before)
}

/** A department with a section that has a project, so the walk can go all the way down. */
/** Complete in both languages: only such a document has a page to switch to (hreflang lists real translations). */
const translatedInBoth = (doc: CmsDocument) => !Array.isArray(doc.completeLocales) || LOCALES.every((locale) => (doc.completeLocales as unknown[]).includes(locale))

function pickTrail(content: SeededContent, locale: Locale): { department: CmsDocument; section: CmsDocument; project: CmsDocument } {
  for (const department of content.departments[locale]) {
    for (const section of sectionsOf(content, locale, department.id)) {
      // Other specs add projects (some in bokmål only); ids are random text, so list order says nothing.
      const project = projectsOf(content, locale, section.id).find(translatedInBoth)
      if (project) return { department, section, project }
    }
  }
  throw new Error('No department has a section with a published project in both languages')
}

describe.each(LOCALES)('overview → department → section → project and back (%s)', (locale) => {
  const site = useSite()

  test('each page links the same document in the other language, and Back returns along the trail', async () => {
    const content = await seededContent()
    const other = otherLocale(locale)
    const { department, section, project } = pickTrail(content, locale)
    const departmentPath = sitePaths.department(locale, department.slug)
    const sectionPathHere = sectionPath(content, locale, section)
    const projectPath = sitePaths.project(locale, project.slug)

    const { page } = await site.open(sitePaths.research(locale))
    await expectDocumentPage(page, locale, sitePaths.research(locale), content.overview[locale].title)
    await expectLanguageSwitch(page, locale, { pathname: sitePaths.research(other), title: content.overview[other].title })

    await follow(page, departmentPath)
    await expectDocumentPage(page, locale, departmentPath, department.title)
    const departmentThere = inLocale(content.departments, other, department.id)
    await expectLanguageSwitch(page, locale, { pathname: sitePaths.department(other, departmentThere.slug), title: departmentThere.title })

    await follow(page, sectionPathHere)
    await expectDocumentPage(page, locale, sectionPathHere, section.title)
    await expectLanguageSwitch(page, locale, {
      pathname: sectionPath(content, other, section),
      title: inLocale(content.sections, other, section.id).title,
    })

    await follow(page, projectPath)
    await expectDocumentPage(page, locale, projectPath, project.title)
    const projectThere = inLocale(content.projects, other, project.id)
    await expectLanguageSwitch(page, locale, { pathname: sitePaths.project(other, projectThere.slug), title: projectThere.title })

    // Slugs are localized: at least one document on the trail has a different slug per language.
    const slugPairs = [
      [department.slug, departmentThere.slug],
      [section.slug, inLocale(content.sections, other, section.id).slug],
      [project.slug, projectThere.slug],
    ]
    expect(slugPairs.some(([here, there]) => here !== there)).toBe(true)

    await goBack(page, sectionPathHere)
    await expectDocumentPage(page, locale, sectionPathHere, section.title)
    await goBack(page, departmentPath)
    await expectDocumentPage(page, locale, departmentPath, department.title)
    await goBack(page, sitePaths.research(locale))
    await expectDocumentPage(page, locale, sitePaths.research(locale), content.overview[locale].title)
  })

  test('breadcrumbs lead from a section back up to its department and the overview', async () => {
    const content = await seededContent()
    const { department, section } = pickTrail(content, locale)
    const { page } = await site.open(sectionPath(content, locale, section))
    const departmentPath = sitePaths.department(locale, department.slug)
    // The breadcrumb trail: links to each level above, the current page marked, not linked.
    const breadcrumbs = 'main nav:has([aria-current="page"])'
    const trail = await page.locator(`${breadcrumbs} a`).evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(trail).toEqual(['/' + locale, sitePaths.research(locale), departmentPath])
    expect(normaliseSpace(await page.locator(`${breadcrumbs} [aria-current="page"]`).innerText())).toBe(normaliseSpace(section.title))

    await follow(page, departmentPath, breadcrumbs)
    await expectDocumentPage(page, locale, departmentPath, department.title)
    await follow(page, sitePaths.research(locale), breadcrumbs)
    await expectDocumentPage(page, locale, sitePaths.research(locale), content.overview[locale].title)
  })
})
