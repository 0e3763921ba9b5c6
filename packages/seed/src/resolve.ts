import { Bilingual, type SeedLocale } from './bilingual'
import { type CollectionSlug, PolyRef, Ref } from './refs'

export type SeedReference = Ref | PolyRef
export type DocumentId = number | string
/** Finds the database id of the document with a seed key, if it exists. */
export type IdLookup = (collection: CollectionSlug, seedKey: string) => DocumentId | undefined

type ResolveOptions = {
  lookup: IdLookup
  /** Called for each reference whose document does not exist; the reference is left out. */
  onMissing?: (reference: SeedReference) => void
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * The data of a seed value in one locale: bilingual values become that locale's value
 * and references become database ids (`{ relationTo, value }` for polymorphic fields).
 */
export function resolveForLocale(value: unknown, locale: SeedLocale, options: ResolveOptions): unknown {
  if (value instanceof Bilingual) return resolveForLocale(value[locale], locale, options)
  if (value instanceof Ref || value instanceof PolyRef) {
    const id = options.lookup(value.collection, value.seedKey)
    if (id === undefined) {
      options.onMissing?.(value)
      return undefined
    }
    return value instanceof PolyRef ? { relationTo: value.collection, value: id } : id
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => resolveForLocale(item, locale, options)).filter((item) => item !== undefined)
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, resolveForLocale(item, locale, options)] as const)
      .filter(([, item]) => item !== undefined)
    return Object.fromEntries(entries)
  }
  return value
}

/** Every reference inside a seed value (in both languages). */
export function collectReferences(value: unknown): SeedReference[] {
  if (value instanceof Bilingual) return [...collectReferences(value.nb), ...collectReferences(value.en)]
  if (value instanceof Ref || value instanceof PolyRef) return [value]
  if (Array.isArray(value)) return value.flatMap((item: unknown) => collectReferences(item))
  if (isPlainObject(value)) return Object.values(value).flatMap((item) => collectReferences(item))
  return []
}

/** Whether a seed value differs between the languages anywhere inside it. */
export function containsBilingual(value: unknown): boolean {
  if (value instanceof Bilingual) return true
  if (Array.isArray(value)) return value.some((item: unknown) => containsBilingual(item))
  if (isPlainObject(value)) return Object.values(value).some((item) => containsBilingual(item))
  return false
}
