import type { LocalizedValue } from '@crn/content-client'

import type { Alternates } from '../alternates'
import { cms } from '../cms'
import { isoDate } from '../format'
import { LANGUAGE_TAG, LOCALES, type Locale } from '../locales'
import { absoluteUrl } from '../metadata'
import { paths } from '../routes'
import type { SitemapEntry } from '../sitemap/sitemapXml'

/**
 * Sitemap entries of one page: one per locale it is really translated into (a locale that
 * would only show fallback text is left out), each listing the same real translations.
 */
function entries(alternates: Alternates, lastModified?: string | null, translated: readonly Locale[] = LOCALES): SitemapEntry[] {
  const real = LOCALES.filter((locale) => translated.includes(locale))
  const languages = Object.fromEntries(real.map((locale) => [LANGUAGE_TAG[locale], absoluteUrl(alternates[locale])]))
  return real.map((locale) => ({
    url: absoluteUrl(alternates[locale]),
    lastModified: lastModified ? isoDate(lastModified) : undefined,
    alternates: { languages },
  }))
}

interface SlugDoc {
  id: string
  slug: LocalizedValue<string> | string
  lastUpdated?: string | null
  completeLocales?: Locale[] | null
}

/** The locales a document is complete in (older documents without the field count as complete in bokmål). */
const translatedIn = (doc: { completeLocales?: Locale[] | null }): readonly Locale[] => doc.completeLocales ?? ['nb']

const slugIn = (doc: { slug: LocalizedValue<string> | string }, locale: Locale) =>
  typeof doc.slug === 'string' ? doc.slug : (doc.slug[locale] ?? doc.slug.nb ?? '')

/** Documents per request (the CMS serves at most 100). */
const PAGE = 100

/**
 * Every published document of a collection, 100 at a time in id order: each request asks for the
 * ids after the last one seen (keyset), selects only slug, date and `fields`, and skips the count
 * (`pagination=false`), so each page costs the same however many documents there are. Ids are
 * compared as the database orders them; they stay opaque here.
 */
async function allSlugs<T extends SlugDoc>(collection: 'departments' | 'projects' | 'screening-programmes' | 'sections', fields: string[] = []): Promise<T[]> {
  const select = ['slug', 'lastUpdated', 'completeLocales', ...fields].map((field) => `&select[${field}]=true`).join('')
  const tags = [`collection:${collection}`, 'cms:all']
  const docs: T[] = []
  for (let after: T['id'] | undefined; ; ) {
    const position = after === undefined ? '' : `&where[id][greater_than]=${encodeURIComponent(String(after))}`
    const page = await cms.fetcher.json<{ docs: T[] }>(`/${collection}?locale=all&depth=0&sort=id&pagination=false&limit=${PAGE}${select}${position}`, { tags })
    docs.push(...page.docs)
    if (page.docs.length < PAGE) return docs
    after = page.docs[page.docs.length - 1]?.id
  }
}

/** Every page of the site in both locales. */
export async function getSitemapEntries(): Promise<SitemapEntry[]> {
  const [overview, departments, projects, programmes, sections] = await Promise.all([
    cms.globals.researchOverview({ locale: 'nb', depth: 0 }),
    allSlugs<SlugDoc>('departments'),
    allSlugs<SlugDoc>('projects'),
    allSlugs<SlugDoc>('screening-programmes'),
    allSlugs<SlugDoc & { department: string }>('sections', ['department']),
  ])
  const departmentById = new Map(departments.map((department) => [String(department.id), department]))
  const fixed = (build: (locale: Locale) => string, lastModified?: string | null) => entries({ nb: build('nb'), en: build('en') }, lastModified)
  return [
    ...fixed(paths.home),
    ...entries({ nb: paths.research('nb'), en: paths.research('en') }, overview.lastUpdated, translatedIn(overview)),
    ...fixed((locale) => paths.projects(locale)),
    ...fixed(paths.screeningProgrammes),
    ...fixed(paths.keyFigures),
    ...fixed(paths.accessibility),
    ...departments.flatMap((doc) => entries({ nb: paths.department('nb', slugIn(doc, 'nb')), en: paths.department('en', slugIn(doc, 'en')) }, doc.lastUpdated, translatedIn(doc))),
    ...sections.flatMap((doc) => {
      const department = departmentById.get(String(doc.department))
      if (!department) return []
      const path = (locale: Locale) => paths.section(locale, slugIn(department, locale), slugIn(doc, locale))
      return entries({ nb: path('nb'), en: path('en') }, doc.lastUpdated, translatedIn(doc))
    }),
    ...projects.flatMap((doc) => entries({ nb: paths.project('nb', slugIn(doc, 'nb')), en: paths.project('en', slugIn(doc, 'en')) }, doc.lastUpdated, translatedIn(doc))),
    ...programmes.flatMap((doc) =>
      entries({ nb: paths.screeningProgramme('nb', slugIn(doc, 'nb')), en: paths.screeningProgramme('en', slugIn(doc, 'en')) }, doc.lastUpdated, translatedIn(doc)),
    ),
  ]
}
