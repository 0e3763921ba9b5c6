/** The site's and the CMS's locales: bokmål (the default, and the fallback) and English. */
export const LOCALES = ['nb', 'en'] as const

export type Locale = (typeof LOCALES)[number]

/** The default locale; missing translations fall back to it. */
export const DEFAULT_LOCALE: Locale = 'nb'

/** Narrows any value to a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The other locale (language switchers, hreflang alternates). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'nb' ? 'en' : 'nb'
}
