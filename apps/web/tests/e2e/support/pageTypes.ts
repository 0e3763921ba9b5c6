import type { Locale } from './cms'
import { janusSection, sectionPath, seededContent, sitePaths } from './content'

/** Every kind of page the site has; the accessibility and JS-size specs visit one of each. */
export const PAGE_TYPES = [
  'home',
  'research overview',
  'department',
  'section',
  'Janus section',
  'project',
  'project index',
  'screening programmes',
  'screening programme',
  'key figures',
  'search',
  'not found (404)',
  'accessibility statement',
] as const

export type PageType = (typeof PAGE_TYPES)[number]

/** Content pages: the 60 kB first-party JavaScript budget applies to them. */
export const CONTENT_PAGE_TYPES: readonly PageType[] = ['home', 'research overview', 'department', 'section', 'Janus section', 'project', 'screening programme']

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The seed has no ${what}`)
  return value
}

/** A representative address of `type` in `locale`, and the status it must answer. */
export async function pageOfType(type: PageType, locale: Locale): Promise<{ pathname: string; status: number }> {
  const content = await seededContent()
  const janus = janusSection(content, locale)
  const ok = (pathname: string) => ({ pathname, status: 200 })
  switch (type) {
    case 'home':
      return ok(sitePaths.home(locale))
    case 'research overview':
      return ok(sitePaths.research(locale))
    case 'department':
      return ok(sitePaths.department(locale, required(content.departments[locale][0], 'department').slug))
    case 'section':
      return ok(sectionPath(content, locale, required(content.sections[locale].find((section) => section.id !== janus.id), 'section')))
    case 'Janus section':
      return ok(sectionPath(content, locale, janus))
    case 'project':
      return ok(sitePaths.project(locale, required(content.projects[locale][0], 'project').slug))
    case 'project index':
      return ok(sitePaths.projects(locale))
    case 'screening programmes':
      return ok(sitePaths.screeningProgrammes(locale))
    case 'screening programme':
      return ok(sitePaths.screeningProgramme(locale, required(content.screeningProgrammes[locale][0], 'screening programme').slug))
    case 'key figures':
      return ok(sitePaths.keyFigures(locale))
    case 'search':
      return ok(sitePaths.search(locale, locale === 'nb' ? 'livmorhalskreft' : 'cervical cancer'))
    case 'not found (404)':
      return { pathname: `/${locale}/${locale === 'nb' ? 'finnes-ikke' : 'does-not-exist'}`, status: 404 }
    case 'accessibility statement':
      return ok(sitePaths.accessibility(locale))
  }
}
