import { cache } from 'react'

import type { Locale } from './locales'

/**
 * The locale of the page being rendered, shared within one server render. `[locale]/layout.tsx`
 * sets it; `[locale]/not-found.tsx` reads it, because Next passes no `params` to a not-found
 * boundary (its `generateMetadata` does get them).
 */
const current = cache((): { locale?: Locale } => ({}))

export function setRequestLocale(locale: Locale): void {
  current().locale = locale
}

export function requestLocale(): Locale | undefined {
  return current().locale
}
