import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ChangeHistory, changeHistoryMetadata } from '@/components/ChangeHistory'
import { changeHistoryPages } from '@/lib/data/changeHistory'
import { isLocale } from '@/lib/locales'
import type { RouteProps } from '@/lib/pageProps'

type Params = { locale: string; department: string; section: string }

export const generateStaticParams = () => []

async function load({ params }: RouteProps<Params>) {
  const { locale, department, section } = await params
  if (!isLocale(locale)) notFound()
  return { locale, data: await changeHistoryPages.section(locale, department, section) }
}

export async function generateMetadata(props: RouteProps<Params>): Promise<Metadata> {
  const { locale, data } = await load(props)
  return changeHistoryMetadata(locale, data)
}

/** …/<department>/<section>/endringslogg · …/change-history: a section's public change history. */
export default async function SectionHistoryPage(props: RouteProps<Params>) {
  const { locale, data } = await load(props)
  return <ChangeHistory locale={locale} data={data} />
}
