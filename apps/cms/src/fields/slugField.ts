import type { FieldHook, TextField, Where } from 'payload'

import { SLUG_PATTERN, slugify } from '../lib/slugify'

type SlugFieldOptions = {
  /** Sibling field the slug is generated from when an editor leaves it empty. */
  from?: string
  overrides?: Partial<TextField>
}

const generateFrom =
  (from: string): FieldHook =>
  ({ value, siblingData }) => {
    // A write with locale 'all' (bulk imports, `npm run seed:large`) carries every language's slug at once.
    if (value !== null && typeof value === 'object') return value
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source: unknown = siblingData?.[from]
    return typeof source === 'string' && source.trim() !== '' ? slugify(source) : value
  }

/**
 * Localized URL slug: generated from the title when empty, URL-safe, and unique per
 * locale within its collection (slugs differ between bokmål and English on purpose).
 */
export function slugField({ from = 'title', overrides = {} }: SlugFieldOptions = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    index: true,
    required: true,
    admin: { position: 'sidebar', description: 'Part of the page address. Generated from the title when left empty.' },
    hooks: { beforeValidate: [generateFrom(from)] },
    validate: async (value, { req, id, collectionSlug }) => {
      // Locale 'all': each language's slug must be well-formed (uniqueness is checked per-locale writes only).
      if (value !== null && typeof value === 'object') {
        const invalid = Object.values(value as Record<string, unknown>).find((slug) => typeof slug !== 'string' || !SLUG_PATTERN.test(slug))
        return invalid === undefined ? true : `"${String(invalid)}" is not a valid slug: use lowercase letters a–z, digits and single hyphens.`
      }
      if (typeof value !== 'string' || value === '') return 'A slug is required.'
      if (!SLUG_PATTERN.test(value)) {
        return `"${value}" is not a valid slug: use lowercase letters a–z, digits and single hyphens (e.g. "janus-serum-bank").`
      }
      if (!collectionSlug || req.locale === 'all') return true
      const where: Where = { slug: { equals: value } }
      if (id !== undefined) where.id = { not_equals: id }
      const clash = await req.payload.count({
        collection: collectionSlug as 'departments',
        where,
        locale: req.locale ?? undefined,
        overrideAccess: true,
        req,
      })
      return clash.totalDocs === 0 ? true : `The slug "${value}" is already used by another document in this language.`
    },
    ...overrides,
  } as TextField
}
