import type { Locale } from './cms'

/**
 * How readers expect dates and numbers (issue 3): "16 Nov 2020" / "16.11.2020",
 * 318,628 / 318 628. Dates are calendar days in Norway.
 */
const LANGUAGE_TAG: Record<Locale, string> = { nb: 'nb-NO', en: 'en-GB' }

export function expectedDate(value: string, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions =
    locale === 'en' ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: '2-digit', month: '2-digit', year: 'numeric' }
  return new Intl.DateTimeFormat(LANGUAGE_TAG[locale], { ...options, timeZone: 'Europe/Oslo' }).format(new Date(value))
}

export function expectedNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(LANGUAGE_TAG[locale], { maximumFractionDigits: 2 }).format(value)
}
