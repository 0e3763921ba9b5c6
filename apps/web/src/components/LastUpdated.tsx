import { formatDate, isoDate } from '@/lib/format'
import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'

/** "Last updated 16 Nov 2020" / "Sist oppdatert 16.11.2020". */
export function LastUpdated({ locale, date }: { locale: Locale; date: string | null | undefined }) {
  if (!date) return null
  return (
    <p className="last-updated">
      {messages(locale).lastUpdated} <time dateTime={isoDate(date)}>{formatDate(date, locale)}</time>
    </p>
  )
}
