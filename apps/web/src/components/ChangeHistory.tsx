import type { Metadata } from 'next'

import { PageTop } from '@/components/PageTop'
import type { ChangeHistoryPageData } from '@/lib/data/changeHistory'
import { formatDate, isoDate } from '@/lib/format'
import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'
import { pageMetadata } from '@/lib/metadata'
import { paths } from '@/lib/routes'

/** A change history's metadata: a list of dates is no search result worth showing (noindex). */
export function changeHistoryMetadata(locale: Locale, data: ChangeHistoryPageData): Metadata {
  return pageMetadata({ locale, title: messages(locale).changeHistoryOf(data.title), alternates: data.alternates, translated: data.translated, noIndex: true })
}

/**
 * `<page>/endringslogg` · `<page>/change-history`: the dates a page's changes were published, with
 * the editors' public notes, newest first. Never who made them.
 */
export function ChangeHistory({ locale, data }: { locale: Locale; data: ChangeHistoryPageData }) {
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
