import type { Config } from '@crn/content-types'
import type { Locale } from '@crn/site-contract'

// The locales are part of the shared map of the site; the generated types must agree with it.
export { DEFAULT_LOCALE, isLocale, LOCALES, otherLocale, type Locale } from '@crn/site-contract'
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const localesMatchTheCms: Same<Locale, Config['locale']> = true
void localesMatchTheCms

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
