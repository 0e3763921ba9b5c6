import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { KeyFigureCharts } from '@/components/KeyFigureCharts'
import { PageTop } from '@/components/PageTop'
import { fixedAlternates } from '@/lib/alternates'
import { getKeyFigures } from '@/lib/data/keyFigures'
import { messages } from '@/lib/i18n'
import { isLocale } from '@/lib/locales'
import { pageMetadata } from '@/lib/metadata'
import type { LocaleParams, RouteProps } from '@/lib/pageProps'
import { paths } from '@/lib/routes'

const alternates = fixedAlternates(paths.keyFigures)

export async function generateMetadata({ params }: RouteProps<LocaleParams>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const m = messages(locale)
  return pageMetadata({ locale, title: m.keyFigures, description: m.figuresIntro, alternates })
}

/** National key figures: a chart and table per series, with year and source. */
export default async function KeyFiguresPage({ params }: RouteProps<LocaleParams>) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const m = messages(locale)
  const figures = await getKeyFigures(locale)
  return (
    <>
      <PageTop locale={locale} alternates={alternates} trail={[{ label: m.home, href: paths.home(locale) }]} current={m.keyFigures} />
      <h1>{m.keyFigures}</h1>
      <p className="lead">{m.figuresIntro}</p>
      <KeyFigureCharts locale={locale} data={figures} />
    </>
  )
}
