import type { CollectionSlug, Field, FieldHook, GlobalSlug, PayloadRequest, SelectField, TypedLocale } from 'payload'

import { label } from '../lib/contentDefaults'
import { LOCALES } from '../localization'

type Data = Record<string, unknown>

const isEmpty = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/** Names of the required, localized fields at the top level of a collection (what a translation must fill). */
function requiredLocalizedFields(fields: readonly Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if ('name' in field && 'localized' in field && field.localized && 'required' in field && field.required) return [field.name]
    if (field.type === 'row' || field.type === 'collapsible') return requiredLocalizedFields(field.fields)
    return []
  })
}

/** The document's values in `locale` without fallback (latest version, drafts included). */
async function writtenInLocale(req: PayloadRequest, locale: string, id: unknown, collection?: string, global?: string): Promise<Data> {
  const options = { locale: locale as TypedLocale, fallbackLocale: false as const, depth: 0, draft: true, overrideAccess: true, req }
  if (collection && (typeof id === 'string' || typeof id === 'number')) {
    return (await req.payload.findByID({ collection: collection as CollectionSlug, id, ...options, disableErrors: true })) ?? {}
  }
  if (global) return (await req.payload.findGlobal({ slug: global as GlobalSlug, ...options })) as unknown as Data
  return {}
}

/**
 * The locales in which a document is complete: every required, localized field filled.
 * Recomputed for the locale being saved (the other locale keeps its stored state), so the
 * admin list shows per document which translations are done, and the site lists only real
 * translations in hreflang and the sitemap.
 */
export function translationStatusField(fields: readonly Field[]): SelectField {
  const required = requiredLocalizedFields(fields)
  const recompute: FieldHook = async ({ siblingData, originalDoc, req, collection, global }) => {
    const original = originalDoc as Data | undefined
    const stored = (original?.completeLocales as string[] | undefined) ?? []
    const locale = req.locale
    // A write in every language at once (`locale=all`, e.g. seed:large): each localized value is an
    // object keyed by language, so every language's state is known from the data itself.
    if (locale === 'all') {
      const inEvery = (code: string) =>
        required.every((name) => {
          const value = (siblingData as Data)[name]
          return value !== null && typeof value === 'object' && !isEmpty((value as Data)[code])
        })
      return LOCALES.filter(inEvery)
    }
    if (!locale || !(LOCALES as readonly string[]).includes(locale)) return stored
    // The original as Payload hands it over carries the other language's text where this one
    // is missing (fallback): read what is really written in this locale.
    const written = original ? await writtenInLocale(req, locale, original.id, collection?.slug, global?.slug) : {}
    const filled = (name: string) => {
      if (!isEmpty(written[name])) return true
      const value = (siblingData as Data)[name]
      // A value equal to the fallback text is the fallback, not a translation.
      return !isEmpty(value) && JSON.stringify(value) !== JSON.stringify(original?.[name])
    }
    const complete = required.every(filled)
    const others = stored.filter((code) => code !== locale)
    return LOCALES.filter((code) => (code === locale ? complete : others.includes(code)))
  }
  return {
    name: 'completeLocales',
    type: 'select',
    hasMany: true,
    options: [
      { label: 'nb', value: 'nb' },
      { label: 'en', value: 'en' },
    ],
    label: label('Complete languages', 'Ferdige språk'),
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: label('Languages with every required field filled; set when saved in that language.', 'Språk der alle påkrevde felt er fylt ut; settes når dokumentet lagres på det språket.'),
    },
    hooks: { beforeChange: [recompute] },
  }
}
