import type { Config } from '@crn/content-types'

/** The CMS locales: bokmål (default) and English. */
export type Locale = Config['locale']

export const LOCALES: readonly Locale[] = ['nb', 'en']

/** The CMS's default locale; missing translations fall back to it. */
export const DEFAULT_LOCALE: Locale = 'nb'

/** Narrows any string to a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The other locale (for language switchers and hreflang alternates). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'nb' ? 'en' : 'nb'
}

/**
 * How to fill fields that have no translation in the requested locale:
 * `'default'` uses the CMS's fallback (bokmål), `'none'` leaves them empty, or a specific locale.
 */
export type FallbackLocale = Locale | 'default' | 'none'

/** Query parameters for a locale + fallback choice (`locale=en&fallback-locale=nb`). */
export function localeParams(locale: Locale | 'all' | undefined, fallback: FallbackLocale | undefined): Record<string, string> {
  const params: Record<string, string> = {}
  if (locale !== undefined) params.locale = locale
  if (fallback !== undefined && fallback !== 'default') params['fallback-locale'] = fallback
  return params
}
