import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/NotFoundContent'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales'
import type { LocaleParams, RouteProps } from '@/lib/pageProps'
import { requestLocale } from '@/lib/requestLocale'

/**
 * The locale's 404 page: what every `notFound()` below `[locale]` renders, on the server, inside
 * the locale's layout (header, menu, footer), with status 404. It sits below the `[locale]` root
 * layout on purpose: a boundary above the layout that renders `<html>` (`app/not-found.tsx`) is
 * what made Next answer with an empty `__next_error__` document (see docs/architecture.md).
 */
export async function generateMetadata({ params }: RouteProps<LocaleParams>): Promise<Metadata> {
  const { locale } = await params
  const m = messages(isLocale(locale) ? locale : DEFAULT_LOCALE)
  return { title: m.notFoundTitle, robots: { index: false, follow: true } }
}

export default function LocaleNotFound() {
  return <NotFoundContent locale={requestLocale() ?? DEFAULT_LOCALE} />
}
