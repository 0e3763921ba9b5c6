import { describe, expect, test } from '@jest/globals'

import { useSite } from './support/browser'
import { LOCALES, otherLocale, sectionPath, sectionsOf, seededContent, sitePaths } from './support/content'
import { inspectPage, normaliseSpace, visibleText } from './support/pageFacts'

describe.each(LOCALES)('research overview (%s)', (locale) => {
  const site = useSite()

  test('shows the three research goals and every department with its sections, in the right language', async () => {
    const content = await seededContent()
    const { page, response } = await site.open(sitePaths.research(locale))
    expect(response.status()).toBe(200)

    const facts = await inspectPage(page)
    expect(facts.lang).toMatch(new RegExp(`^${locale}`))
    expect(facts.h1).toEqual([normaliseSpace(content.overview[locale].title)])

    const main = await visibleText(page, 'main')
    const goals = content.overview[locale].goals
    expect(goals).toHaveLength(3)
    for (const goal of goals) expect(main).toContain(normaliseSpace(goal))

    const departments = content.departments[locale]
    expect(departments.length).toBeGreaterThan(0)
    for (const department of departments) {
      const departmentLink = page.locator(`main a[href="${sitePaths.department(locale, department.slug)}"]`)
      expect({ department: department.title, found: (await departmentLink.count()) > 0 }).toEqual({ department: department.title, found: true })
      expect(normaliseSpace(await departmentLink.first().innerText())).toContain(normaliseSpace(department.title))

      for (const section of sectionsOf(content, locale, department.id)) {
        const sectionLink = page.locator(`main a[href="${sectionPath(content, locale, section)}"]`)
        expect({ section: section.title, found: (await sectionLink.count()) > 0 }).toEqual({ section: section.title, found: true })
        expect(normaliseSpace(await sectionLink.first().innerText())).toContain(normaliseSpace(section.title))
      }
    }
  })

  test('links the same page in the other language and declares both as alternates', async () => {
    const { page } = await site.open(sitePaths.research(locale))
    const facts = await inspectPage(page)
    expect(facts.languageSwitch).toBe(sitePaths.research(otherLocale(locale)))
    expect(Object.values(facts.alternates)).toEqual(expect.arrayContaining([sitePaths.research('nb'), sitePaths.research('en')]))
  })
})
