import type { ContentCollectionSlug } from '@crn/content-client'

import { cms } from '../cms'
import { LOCALES, type Locale } from '../locales'

/** Which parts of a page are a real translation (WCAG 3.1.2: text in another language is marked). */
export interface Translation {
  /** Locales in which the page is a real translation (every required field written in it). */
  translated: readonly Locale[]
  /** The language of the fallback text on this page, when some of it is not in the page's locale. */
  fallbackLang?: Locale
  /** Top-level fields (title, lead, body) whose text on this page is the fallback. */
  fallbackFields: ReadonlySet<string>
}

/** The prose fields a page shows that may fall back to the other language. */
const PROSE_FIELDS = ['title', 'lead', 'body'] as const

type Translatable = { id: number | string; completeLocales?: readonly string[] | null } & Partial<Record<(typeof PROSE_FIELDS)[number], unknown>>

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''
const translatedLocales = (doc: Translatable): Locale[] => LOCALES.filter((code) => (doc.completeLocales ?? []).includes(code))

/**
 * How far `doc` (read in `locale` with the CMS's fallback to bokmål) is translated. When the
 * locale is not complete, the document is read again without fallback to see which prose
 * fields show the other language's text.
 */
export async function translationOf(collection: ContentCollectionSlug, doc: Translatable, locale: Locale): Promise<Translation> {
  const translated = translatedLocales(doc)
  if (translated.includes(locale)) return { translated, fallbackFields: new Set() }
  const resource = cms.collections[collection] as unknown as { findById: (id: number | string, options: object) => Promise<Record<string, unknown>> }
  const strict = await resource.findById(doc.id, { locale, fallbackLocale: 'none', depth: 0 })
  return compare(doc, strict, locale, translated)
}

/** The same for the overview global. */
export async function globalTranslationOf(doc: Translatable, locale: Locale): Promise<Translation> {
  const translated = translatedLocales(doc)
  if (translated.includes(locale)) return { translated, fallbackFields: new Set() }
  const strict = (await cms.globals.researchOverview({ locale, fallbackLocale: 'none', depth: 0 })) as unknown as Record<string, unknown>
  return compare(doc, strict, locale, translated)
}

function compare(doc: Translatable, strict: Record<string, unknown>, locale: Locale, translated: Locale[]): Translation {
  const fallbackFields = new Set(PROSE_FIELDS.filter((field) => !isEmpty(doc[field]) && isEmpty(strict[field])))
  const other: Locale = locale === 'nb' ? 'en' : 'nb'
  return { translated, fallbackFields, fallbackLang: fallbackFields.size > 0 ? other : undefined }
}

/** The `lang` a field's element needs on this page: the fallback language, or nothing (the page's own). */
export const langOf = (translation: Translation, field: string): Locale | undefined =>
  translation.fallbackFields.has(field) ? translation.fallbackLang : undefined
