import { describe, expect, test } from '@jest/globals'

import { LOCALES, sectionPath, seededContent, sitePaths } from './support/content'
import { crawlSite } from './support/crawl'

describe('internal links', () => {
  test('a crawl from /nb and /en finds no broken internal link and reaches every seeded document in both languages', async () => {
    const started = Date.now()
    const { statuses, linkedFrom, truncated } = await crawlSite(['/nb', '/en'], { maxPages: 200 })
    const broken = [...statuses.entries()]
      .filter(([, status]) => status !== 200)
      .map(([pathname, status]) => `${status} ${pathname} (linked from ${linkedFrom.get(pathname) ?? '?'})`)
    process.stdout.write(`[e2e] crawled ${statuses.size} internal URLs in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)

    expect(broken).toEqual([])
    expect(truncated).toBe(false)

    const content = await seededContent()
    const expected: string[] = []
    for (const locale of LOCALES) {
      expected.push(
        sitePaths.home(locale),
        sitePaths.research(locale),
        sitePaths.projects(locale),
        sitePaths.screeningProgrammes(locale),
        sitePaths.keyFigures(locale),
        sitePaths.accessibility(locale),
      )
      expected.push(...content.departments[locale].map((doc) => sitePaths.department(locale, doc.slug)))
      expected.push(...content.sections[locale].map((doc) => sectionPath(content, locale, doc)))
      expected.push(...content.projects[locale].map((doc) => sitePaths.project(locale, doc.slug)))
      expected.push(...content.screeningProgrammes[locale].map((doc) => sitePaths.screeningProgramme(locale, doc.slug)))
    }
    const unreachable = expected.filter((pathname) => !statuses.has(pathname))
    expect(unreachable).toEqual([])
  })
})
