import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageTop } from '@/components/PageTop'
import { getChangeHistoryPage, historyTarget } from '@/lib/data/changeHistory'
import { formatDate, isoDate } from '@/lib/format'
import { messages } from '@/lib/i18n'
import { isLocale } from '@/lib/locales'
import { pageMetadata } from '@/lib/metadata'
import type { RouteProps } from '@/lib/pageProps'
import { paths } from '@/lib/routes'

type Params = { locale: string; target: string[] }

async function load({ params }: RouteProps<Params>) {
  const { locale, target } = await params
  if (!isLocale(locale)) notFound()
  return { locale, data: await getChangeHistoryPage(locale, historyTarget(target)) }
}

export async function generateMetadata(props: RouteProps<Params>): Promise<Metadata> {
  const { locale, data } = await load(props)
  // A list of dates is no search result worth showing.
  return pageMetadata({ locale, title: messages(locale).changeHistoryOf(data.title), alternates: data.alternates, noIndex: true })
}

/**
 * /nb/endringslogg/… · /en/change-history/…: the dates a page's changes were published,
 * with the editors' public notes, newest first. Never who made them.
 */
export default async function ChangeHistoryPage(props: RouteProps<Params>) {
  const { locale, data } = await load(props)
  const m = messages(locale)
  return (
    <article className="prose">
      <PageTop locale={locale} alternates={data.alternates} trail={[{ label: m.home, href: paths.home(locale) }, { label: data.title, href: data.pageHref }]} current={m.changeHistory} />
      <h1>{m.changeHistoryOf(data.title)}</h1>
      <p className="lead">{m.changeHistoryIntro}</p>
      {data.entries.length === 0 ? (
        <p>{m.noChanges}</p>
      ) : (
        <ol className="change-history">
          {data.entries.map((entry) => (
            <li key={entry.date}>
              <time dateTime={isoDate(entry.date)}>{formatDate(entry.date, locale)}</time>: {entry.note ?? m.noChangeNote}
            </li>
          ))}
        </ol>
      )}
      <p>
        <a href={data.pageHref}>{m.backToPage}</a>
      </p>
    </article>
  )
}
