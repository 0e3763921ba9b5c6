import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@crn/content-client'

export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale }

/** BCP 47 tags for `<html lang>`, hreflang and Intl. */
export const LANGUAGE_TAG: Record<Locale, string> = { nb: 'nb-NO', en: 'en-GB' }

/** Open Graph locale names. */
export const OG_LOCALE: Record<Locale, string> = { nb: 'nb_NO', en: 'en_GB' }

/**
 * Picks the visitor's locale from an Accept-Language header: English when English is preferred
 * over any Norwegian variant, otherwise bokmål (the registry's main language).
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const qParam = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
      const quality = qParam ? Number(qParam.slice(2)) : 1
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((entry) => entry.tag !== '' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0]
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb'
    if (primary === 'en') return 'en'
  }
  return DEFAULT_LOCALE
}
