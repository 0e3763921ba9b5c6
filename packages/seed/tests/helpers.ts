import { type SeedLocale, resolveForLocale, seedCollections } from '../src'

/** A seed value as it would be written in one locale (references resolve to a dummy id). */
export function inLocale(value: unknown, locale: SeedLocale): unknown {
  return resolveForLocale(value, locale, { lookup: () => 1 })
}

/** Every seed document with its collection, flattened. */
export const allDocuments = seedCollections.flatMap(({ collection, documents }) =>
  documents.map((document) => ({ collection, seedKey: document.seedKey, data: document.data as Record<string, unknown> })),
)

export function documentsOf(collection: (typeof seedCollections)[number]['collection']) {
  return allDocuments.filter((document) => document.collection === collection)
}

export function stringIn(value: unknown, locale: SeedLocale): string {
  const resolved = inLocale(value, locale)
  if (typeof resolved !== 'string') throw new Error(`Expected a string, got ${JSON.stringify(resolved)}`)
  return resolved
}
