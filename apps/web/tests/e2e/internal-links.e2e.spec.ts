import { describe, expect, test } from '@jest/globals'

import { LOCALES, sectionPath, seededContent, sitePaths } from './support/content'
import { crawlSite } from './support/crawl'

/**
 * A path segment that looks like a database id: an integer (SQLite), a UUID or a MongoDB ObjectId.
 * Public addresses carry localized words and slugs only (issue 10).
 */
const ID_SEGMENT = /^(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24})$/i

describe('internal links', () => {
  test('a crawl from /nb and /en finds no broken internal link and reaches every seeded document in both languages', async () => {
    const started = Date.now()
    const { statuses, linkedFrom, truncated } = await crawlSite(['/nb', '/en'], { maxPages: 400 })
    const broken = [...statuses.entries()]
      .filter(([, status]) => status !== 200)
      .map(([pathname, status]) => `${status} ${pathname} (linked from ${linkedFrom.get(pathname) ?? '?'})`)
    process.stdout.write(`[e2e] crawled ${statuses.size} internal URLs in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)

    expect(broken).toEqual([])
    expect(truncated).toBe(false)

    // No link on any page (nor any hreflang or canonical) names a document by its id.
    const withIds = [...linkedFrom.entries()]
      .filter(([href]) => new URL(href, 'http://site').pathname.split('/').some((segment) => ID_SEGMENT.test(decodeURIComponent(segment))))
      .map(([href, from]) => `${href} (linked from ${from})`)
    expect(withIds).toEqual([])

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
      const pages = [
        sitePaths.research(locale),
        ...content.departments[locale].map((doc) => sitePaths.department(locale, doc.slug)),
        ...content.sections[locale].map((doc) => sectionPath(content, locale, doc)),
        ...content.projects[locale].map((doc) => sitePaths.project(locale, doc.slug)),
        ...content.screeningProgrammes[locale].map((doc) => sitePaths.screeningProgramme(locale, doc.slug)),
      ]
      // Each page, and its change history (linked from its "Last updated" line, under its own address).
      expected.push(...pages, ...pages.map((pagePath) => sitePaths.changeHistory(locale, pagePath)))
    }
    const unreachable = expected.filter((pathname) => !statuses.has(pathname))
    expect(unreachable).toEqual([])
  })
})
