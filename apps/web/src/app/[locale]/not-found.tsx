import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/NotFoundContent'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales'
import type { LocaleParams, RouteProps } from '@/lib/pageProps'
import { requestLocale } from '@/lib/requestLocale'

/**
 * What every `notFound()` below `[locale]` renders inside the locale's layout. Next 16 sends it as
 * an empty `__next_error__` document that client JavaScript draws; the edge replaces any 404 of a
 * page address with the server-rendered `[locale]/page-not-found` (docs/architecture.md, "404
 * pages"). This boundary is what a visitor sees without the edge, in the page's language.
 */
export async function generateMetadata({ params }: RouteProps<LocaleParams>): Promise<Metadata> {
  const { locale } = await params
  const m = messages(isLocale(locale) ? locale : DEFAULT_LOCALE)
  return { title: m.notFoundTitle, robots: { index: false, follow: true } }
}

export default function LocaleNotFound() {
  return <NotFoundContent locale={requestLocale() ?? DEFAULT_LOCALE} />
}
