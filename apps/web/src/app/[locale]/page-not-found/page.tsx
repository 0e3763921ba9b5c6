import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NotFoundContent } from '@/components/NotFoundContent'
import { messages } from '@/lib/i18n'
import { isLocale } from '@/lib/locales'
import type { LocaleParams, RouteProps } from '@/lib/pageProps'

/**
 * The locale's 404 page as an ordinary page, so that it is rendered on the server and cached like
 * any other. Visitors never see this address: the proxy serves its HTML, with status 404, for
 * every address that has no page (see `src/proxy.ts`). It is not `not-found.tsx` because Next
 * renders a `notFound()` boundary only in the browser (the server sends an empty error document).
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
