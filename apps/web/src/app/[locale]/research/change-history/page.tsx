import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ChangeHistory, changeHistoryMetadata } from '@/components/ChangeHistory'
import { changeHistoryPages } from '@/lib/data/changeHistory'
import { isLocale } from '@/lib/locales'
import type { RouteProps } from '@/lib/pageProps'

type Params = { locale: string }

async function load({ params }: RouteProps<Params>) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return { locale, data: await changeHistoryPages.researchOverview(locale) }
}

export async function generateMetadata(props: RouteProps<Params>): Promise<Metadata> {
  const { locale, data } = await load(props)
  return changeHistoryMetadata(locale, data)
}

/** /nb/forskning/endringslogg · /en/research/change-history: the research overview's public change history. */
export default async function ResearchOverviewHistoryPage(props: RouteProps<Params>) {
  const { locale, data } = await load(props)
  return <ChangeHistory locale={locale} data={data} />
}
