import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NotFoundContent } from '@/components/NotFoundContent'
import { messages } from '@/lib/i18n'
import { isLocale } from '@/lib/locales'
import type { LocaleParams, RouteProps } from '@/lib/pageProps'

/**
 * The locale's 404 page as an ordinary page, so that it is rendered on the server and cached like
 * any other. The edge answers every 404 of a page address with this page's HTML and status 404
 * (deploy/edge/, `@not_found`): Next 16 answers a `notFound()` with an empty `__next_error__`
 * document that only client JavaScript fills in (see docs/architecture.md, "404 pages"). Visitors
 * never get this address itself: the edge answers it 404, and the proxy does not rewrite to it.
 */
export async function generateMetadata({ params }: RouteProps<LocaleParams>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return { title: messages(locale).notFoundTitle, robots: { index: false, follow: true } }
}

export default async function PageNotFound({ params }: RouteProps<LocaleParams>) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <NotFoundContent locale={locale} />
}
