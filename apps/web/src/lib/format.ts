import { LANGUAGE_TAG, type Locale } from './locales'

// Dates are calendar days in Norway; format them there whatever the server's time zone.
const TIME_ZONE = 'Europe/Oslo'

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  // "16 Nov 2020"
  en: new Intl.DateTimeFormat(LANGUAGE_TAG.en, { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE }),
  // "16.11.2020"
  nb: new Intl.DateTimeFormat(LANGUAGE_TAG.nb, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE }),
}

const isoDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE })

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** A date as readers expect it: "16 Nov 2020" (en) / "16.11.2020" (nb); empty for invalid input. */
export function formatDate(value: string | Date | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return ''
  const date = toDate(value)
  return date ? dateFormats[locale].format(date) : ''
}

/** The calendar day in Norway as YYYY-MM-DD, for `<time dateTime>` and sitemaps. */
export function isoDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined) return ''
  const date = toDate(value)
  return date ? isoDay.format(date) : ''
}

/** A number with the locale's grouping: 318,628 (en) / 318 628 (nb, with a no-break space). */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(LANGUAGE_TAG[locale], { maximumFractionDigits: 2, ...options }).format(value)
}

/** An amount of money: "NOK 1,500,000" (en) / "1 500 000 kr" (nb). */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(LANGUAGE_TAG[locale], { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount)
}

/** A year range: "2015–2020", "2015–" for open-ended, "" without a start. */
export function formatYearRange(start: number | null | undefined, end: number | null | undefined): string {
  if (!start) return end ? `–${end}` : ''
  if (!end) return `${start}–`
  return start === end ? String(start) : `${start}–${end}`
}

/** A list joined the way the language does it: "A, B and C" / "A, B og C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(LANGUAGE_TAG[locale], { style: 'long', type: 'conjunction' }).format(items)
}
