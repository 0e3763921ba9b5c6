import { formatDate, isoDate } from '@/lib/format'
import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'

/**
 * "Last updated 16 Nov 2020 · Change history": the date of the page's last published change
 * (set by the CMS, never typed in), linking to the public list of such changes.
 */
export function LastUpdated({ locale, date, historyHref }: { locale: Locale; date: string | null | undefined; historyHref?: string }) {
  if (!date) return null
  const m = messages(locale)
  return (
    <p className="last-updated">
      {m.lastUpdated} <time dateTime={isoDate(date)}>{formatDate(date, locale)}</time>
      {historyHref ? (
        <>
          {' · '}
          <a href={historyHref}>{m.changeHistory}</a>
        </>
      ) : null}
    </p>
  )
}
