import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ChangeHistory, changeHistoryMetadata } from '@/components/ChangeHistory'
import { changeHistoryPages } from '@/lib/data/changeHistory'
import { isLocale } from '@/lib/locales'
import type { RouteProps } from '@/lib/pageProps'

type Params = { locale: string; slug: string }

export const generateStaticParams = () => []

async function load({ params }: RouteProps<Params>) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  return { locale, data: await changeHistoryPages.screeningProgramme(locale, slug) }
}

export async function generateMetadata(props: RouteProps<Params>): Promise<Metadata> {
  const { locale, data } = await load(props)
  return changeHistoryMetadata(locale, data)
}

/** /nb/screeningprogrammer/<slug>/endringslogg · /en/screening-programmes/<slug>/change-history: a screening programme's public change history. */
export default async function ScreeningProgrammeHistoryPage(props: RouteProps<Params>) {
  const { locale, data } = await load(props)
  return <ChangeHistory locale={locale} data={data} />
}
