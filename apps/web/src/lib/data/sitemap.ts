import type { MetadataRoute } from 'next'

import type { Alternates } from '../alternates'
import { cms } from '../cms'
import { isoDate } from '../format'
import type { LocalizedValue } from '@crn/content-client'
import { LANGUAGE_TAG, LOCALES, type Locale } from '../locales'
import { absoluteUrl } from '../metadata'
import { paths } from '../routes'

type Entry = MetadataRoute.Sitemap[number]

/**
 * Sitemap entries of one page: one per locale it is really translated into (a locale that
 * would only show fallback text is left out), each listing the same real translations.
 */
function entries(alternates: Alternates, lastModified?: string | null, translated: readonly Locale[] = LOCALES): Entry[] {
  const real = LOCALES.filter((locale) => translated.includes(locale))
  const languages = Object.fromEntries(real.map((locale) => [LANGUAGE_TAG[locale], absoluteUrl(alternates[locale])]))
  return real.map((locale) => ({
    url: absoluteUrl(alternates[locale]),
    lastModified: lastModified ? isoDate(lastModified) : undefined,
    alternates: { languages },
  }))
}

interface SlugDoc {
  id: number
  slug: LocalizedValue<string> | string
  lastUpdated?: string | null
  completeLocales?: Locale[] | null
}

/** The locales a document is complete in (older documents without the field count as complete in bokmål). */
const translatedIn = (doc: { completeLocales?: Locale[] | null }): readonly Locale[] => doc.completeLocales ?? ['nb']

const slugIn = (doc: { slug: LocalizedValue<string> | string }, locale: Locale) =>
  typeof doc.slug === 'string' ? doc.slug : (doc.slug[locale] ?? doc.slug.nb ?? '')

/** Every page of a list query (the CMS serves at most 100 documents per request). */
async function allPages<T>(query: string, tags: string[]): Promise<T[]> {
  const docs: T[] = []
  for (let page = 1; ; page += 1) {
    const result = await cms.fetcher.json<{ docs: T[]; hasNextPage?: boolean }>(`${query}&limit=100&page=${page}`, { tags })
    docs.push(...result.docs)
    if (!result.hasNextPage) return docs
  }
}

/** Reads every published document's slugs (all locales at once) for the sitemap. */
async function allSlugs(collection: 'departments' | 'projects' | 'screening-programmes', extra: Record<string, true> = {}) {
  return allPages<SlugDoc & Record<string, unknown>>(
    `/${collection}?locale=all&depth=0&select[slug]=true&select[lastUpdated]=true&select[completeLocales]=true${Object.keys(extra)
      .map((field) => `&select[${field}]=true`)
      .join('')}`,
    [`collection:${collection}`, 'cms:all'],
  )
}

/** Every page of the site in both locales. */
export async function getSitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const [overview, departments, projects, programmes, sections] = await Promise.all([
    cms.globals.researchOverview({ locale: 'nb', depth: 0 }),
    allSlugs('departments'),
    allSlugs('projects'),
    allSlugs('screening-programmes'),
    allPages<SlugDoc & { department: number }>('/sections?locale=all&depth=0&select[slug]=true&select[lastUpdated]=true&select[completeLocales]=true&select[department]=true', [
      'collection:sections',
      'cms:all',
    ]),
  ])
  const departmentById = new Map(departments.map((department) => [department.id, department]))
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
      const department = departmentById.get(doc.department)
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
