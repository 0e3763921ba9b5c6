import { isLocale, type Locale } from './locales'
import type { ProjectStatus } from './projects'

/**
 * Localized URL design of the public site, the one map both apps build addresses from (the site
 * to route and link, the CMS for preview, revalidation and redirects). The site's folders use English names (`app/[locale]/research/...`);
 * bokmål addresses use Norwegian words for the fixed segments and are rewritten to the folders
 * by the proxy. Document slugs come from the CMS and are never translated here.
 *
 *   /nb/forskning                       /en/research                      research overview
 *   /nb/forskning/prosjekter            /en/research/projects             project index (?status=&section=&page=)
 *   /nb/forskning/prosjekter/<slug>     /en/research/projects/<slug>      project
 *   /nb/forskning/<dept>                /en/research/<dept>               department
 *   /nb/forskning/<dept>/<section>      /en/research/<dept>/<section>     section
 *   /nb/screeningprogrammer[/<slug>]    /en/screening-programmes[/<slug>] screening programmes
 *   /nb/nokkeltall                      /en/key-figures                   key figures
 *   /nb/sok?q=                          /en/search?q=                     search
 *   /nb/tilgjengelighetserklaering      /en/accessibility-statement       accessibility statement
 *   <page>/endringslogg                 <page>/change-history             a page's public change history
 *
 * A change history lives under its page's own address (the overview, a department, a section, a
 * project, a screening programme), so no public address carries a database id: e.g.
 * /nb/forskning/prosjekter/<slug>/endringslogg and /en/research/projects/<slug>/change-history.
 * The word is the link's own label ("Endringslogg", "Change history"). A section or project whose
 * slug is that word would be shadowed by it; slugs are words of a title, so that is not expected.
 */

/** Fixed segments: folder name → public word per locale. */
export const SEGMENTS = {
  research: { nb: 'forskning', en: 'research' },
  projects: { nb: 'prosjekter', en: 'projects' },
  'screening-programmes': { nb: 'screeningprogrammer', en: 'screening-programmes' },
  'key-figures': { nb: 'nokkeltall', en: 'key-figures' },
  search: { nb: 'sok', en: 'search' },
  'accessibility-statement': { nb: 'tilgjengelighetserklaering', en: 'accessibility-statement' },
  'change-history': { nb: 'endringslogg', en: 'change-history' },
} as const satisfies Record<string, Record<Locale, string>>

export type SegmentName = keyof typeof SEGMENTS

/** Top-level folders below `[locale]`. */
const TOP_LEVEL: readonly SegmentName[] = ['research', 'screening-programmes', 'key-figures', 'search', 'accessibility-statement']

const word = (name: SegmentName, locale: Locale) => SEGMENTS[name][locale]

function publicToFolder(segment: string, locale: Locale, candidates: readonly SegmentName[]): SegmentName | undefined {
  return candidates.find((name) => word(name, locale) === segment)
}

/** Query parameters of the project index. */
export interface ProjectIndexQuery {
  status?: ProjectStatus
  /** The section's slug in the page's locale. */
  section?: string
  page?: number
}

const encode = (slug: string) => encodeURIComponent(slug)

/** Builders for every public path. */
export const paths = {
  home: (locale: Locale) => `/${locale}`,
  research: (locale: Locale) => `/${locale}/${word('research', locale)}`,
  department: (locale: Locale, slug: string) => `${paths.research(locale)}/${encode(slug)}`,
  section: (locale: Locale, departmentSlug: string, slug: string) => `${paths.department(locale, departmentSlug)}/${encode(slug)}`,
  projects: (locale: Locale, query: ProjectIndexQuery = {}) => {
    const params = new URLSearchParams()
    if (query.status) params.set('status', query.status)
    if (query.section !== undefined) params.set('section', query.section)
    if (query.page !== undefined && query.page > 1) params.set('page', String(query.page))
    const search = params.toString()
    return `${paths.research(locale)}/${word('projects', locale)}${search ? `?${search}` : ''}`
  },
  project: (locale: Locale, slug: string) => `${paths.research(locale)}/${word('projects', locale)}/${encode(slug)}`,
  screeningProgrammes: (locale: Locale) => `/${locale}/${word('screening-programmes', locale)}`,
  screeningProgramme: (locale: Locale, slug: string) => `${paths.screeningProgrammes(locale)}/${encode(slug)}`,
  keyFigures: (locale: Locale) => `/${locale}/${word('key-figures', locale)}`,
  search: (locale: Locale, query?: string) => `/${locale}/${word('search', locale)}${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  accessibility: (locale: Locale) => `/${locale}/${word('accessibility-statement', locale)}`,
  /**
   * A page's public change history, under the page's own address: `pagePath` is the page's path in
   * the same locale, built by one of the builders above (research, department, section, project,
   * screeningProgramme).
   */
  changeHistory: (locale: Locale, pagePath: string) => `${pagePath}/${word('change-history', locale)}`,
} as const

/**
 * Whether a folder path (below the locale) is a page with a change history: the research overview,
 * a department, a section, a project or a screening programme.
 */
function hasChangeHistory(folders: readonly string[]): boolean {
  const [top, second] = folders
  if (top === 'research') return folders.length === 1 || (folders.length === 2 && second !== 'projects') || folders.length === 3
  return top === 'screening-programmes' && folders.length === 2
}

/** A path the site serves under a locale: `internal` is the folder path the proxy rewrites to. */
export type ResolvedPath = { kind: 'page'; locale: Locale; internal: string } | { kind: 'unknown-locale' } | { kind: 'not-localized' }

/**
 * An internal path no page claims: `[locale]/[...missing]` answers it with `notFound()` (status 404).
 * The proxy rewrites addresses known to be unknown from the path alone to it.
 */
export const missingPath = (locale: Locale) => `/${locale}/missing`

/**
 * The locale's 404 page (`[locale]/page-not-found`), an ordinary page: the edge serves its HTML with
 * status 404 for every page address that answers 404. Never rewrite a visitor's address to it (200).
 */
export const notFoundPagePath = (locale: Locale) => `/${locale}/page-not-found`

/**
 * Maps a public pathname to the app folder path. Folder names that are not the locale's own word
 * (e.g. `/nb/research`) map to the locale's 404, so each page has exactly one address per locale.
 */
export function resolvePublicPath(pathname: string): ResolvedPath {
  const segments = pathname.split('/').filter((segment) => segment !== '')
  const [first, ...rest] = segments
  if (first === undefined) return { kind: 'not-localized' }
  if (!isLocale(first)) return { kind: 'unknown-locale' }
  const locale = first
  if (rest.length === 0) return { kind: 'page', locale, internal: `/${locale}` }
  const [top = '', second, ...tail] = rest
  const folder = publicToFolder(top, locale, TOP_LEVEL)
  if (!folder) return { kind: 'page', locale, internal: missingPath(locale) }
  const mapped = [folder as string]
  if (second !== undefined) {
    // Under research, "projects" is fixed; anything else is a department slug.
    const projects = folder === 'research' ? publicToFolder(second, locale, ['projects']) : undefined
    const otherLocaleWord = folder === 'research' && second === word('projects', locale === 'nb' ? 'en' : 'nb')
    if (otherLocaleWord && locale === 'nb') return { kind: 'page', locale, internal: missingPath(locale) }
    mapped.push(projects ?? second)
  }
  mapped.push(...tail)
  // A change history: the page's address plus the locale's word for it (only the locale's own word).
  const last = mapped.length - 1
  if (last >= 1 && hasChangeHistory(mapped.slice(0, last))) {
    if (mapped[last] === word('change-history', locale)) mapped[last] = 'change-history'
    else if (locale === 'nb' && mapped[last] === 'change-history') return { kind: 'page', locale, internal: missingPath(locale) }
  }
  return { kind: 'page', locale, internal: `/${locale}/${mapped.join('/')}` }
}

/** The public path of a folder path (inverse of `resolvePublicPath` for page paths). */
export function toPublicPath(internal: string): string {
  const [locale, top, second, ...tail] = internal.split('/').filter((segment) => segment !== '')
  if (!isLocale(locale)) return internal
  if (top === undefined) return `/${locale}`
  const topWord = (TOP_LEVEL as readonly string[]).includes(top) ? word(top as SegmentName, locale) : top
  const parts = [locale, topWord]
  if (second !== undefined) parts.push(top === 'research' && second === 'projects' ? word('projects', locale) : second)
  parts.push(...tail)
  const folders = [top, ...(second === undefined ? [] : [second]), ...tail]
  const last = folders.length - 1
  if (last >= 1 && folders[last] === 'change-history' && hasChangeHistory(folders.slice(0, last))) parts[parts.length - 1] = word('change-history', locale)
  return `/${parts.join('/')}`
}
