import type { MetadataRoute } from 'next'

import type { Alternates } from '../alternates'
import { cms } from '../cms'
import { isoDate } from '../format'
import type { LocalizedValue } from '@crn/content-client'
import { LANGUAGE_TAG, LOCALES, type Locale } from '../locales'
import { absoluteUrl } from '../metadata'
import { paths } from '../routes'

type Entry = MetadataRoute.Sitemap[number]

function entries(alternates: Alternates, lastModified?: string | null): Entry[] {
  const languages = Object.fromEntries(LOCALES.map((locale) => [LANGUAGE_TAG[locale], absoluteUrl(alternates[locale])]))
  return LOCALES.map((locale) => ({
    url: absoluteUrl(alternates[locale]),
    lastModified: lastModified ? isoDate(lastModified) : undefined,
    alternates: { languages },
  }))
}

interface SlugDoc {
  id: string
  slug: LocalizedValue<string> | string
  lastUpdated: string
}

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
    `/${collection}?locale=all&depth=0&select[slug]=true&select[lastUpdated]=true${Object.keys(extra)
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
    allPages<SlugDoc & { department: string }>('/sections?locale=all&depth=0&select[slug]=true&select[lastUpdated]=true&select[department]=true', [
      'collection:sections',
      'cms:all',
    ]),
  ])
  const departmentById = new Map(departments.map((department) => [department.id, department]))
  const fixed = (build: (locale: Locale) => string, lastModified?: string) => entries({ nb: build('nb'), en: build('en') }, lastModified)
  return [
    ...fixed(paths.home),
    ...fixed(paths.research, overview.lastUpdated),
    ...fixed((locale) => paths.projects(locale)),
    ...fixed(paths.screeningProgrammes),
    ...fixed(paths.keyFigures),
    ...fixed(paths.accessibility),
    ...departments.flatMap((doc) => entries({ nb: paths.department('nb', slugIn(doc, 'nb')), en: paths.department('en', slugIn(doc, 'en')) }, doc.lastUpdated)),
    ...sections.flatMap((doc) => {
      const department = departmentById.get(doc.department)
      if (!department) return []
      const path = (locale: Locale) => paths.section(locale, slugIn(department, locale), slugIn(doc, locale))
      return entries({ nb: path('nb'), en: path('en') }, doc.lastUpdated)
    }),
    ...projects.flatMap((doc) => entries({ nb: paths.project('nb', slugIn(doc, 'nb')), en: paths.project('en', slugIn(doc, 'en')) }, doc.lastUpdated)),
    ...programmes.flatMap((doc) =>
      entries({ nb: paths.screeningProgramme('nb', slugIn(doc, 'nb')), en: paths.screeningProgramme('en', slugIn(doc, 'en')) }, doc.lastUpdated),
    ),
  ]
}
