import { isLocale, type Locale } from './locales'
import type { ProjectStatus } from './projects'

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
  return `/${parts.join('/')}`
}
