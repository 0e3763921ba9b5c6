import type { LocalizationConfig } from 'payload'

/** Bokmål is the default; English falls back to it where a translation is missing. */
export const LOCALES = ['nb', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const localization: LocalizationConfig = {
  locales: [
    { code: 'nb', label: 'Norsk bokmål' },
    { code: 'en', label: 'English' },
  ],
  defaultLocale: 'nb',
  fallback: true,
}
