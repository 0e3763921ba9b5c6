import type { Locale } from './locales'

/** The same page in each locale (public paths): language switcher and hreflang. */
export type Alternates = Record<Locale, string>

/** Alternates of a fixed page whose path builder takes only the locale. */
export function fixedAlternates(build: (locale: Locale) => string): Alternates {
  return { nb: build('nb'), en: build('en') }
}
