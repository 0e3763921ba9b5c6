import type { Config } from '@crn/content-types'

export type CollectionSlug = keyof Config['collections']

/**
 * A reference to another seed document by its seed key. Seed documents never know
 * database ids; the engine replaces each reference with the id of the document that
 * carries the key (ids differ between SQLite and MongoDB and between databases).
 */
export class Ref<S extends CollectionSlug = CollectionSlug> {
  readonly kind = 'ref' as const
  constructor(
    readonly collection: S,
    readonly seedKey: string,
  ) {}
}

/** A reference for a field that may point to several collections (`{ relationTo, value }`). */
export class PolyRef<S extends CollectionSlug = CollectionSlug> {
  readonly kind = 'poly-ref' as const
  constructor(
    readonly collection: S,
    readonly seedKey: string,
  ) {}
}

export function ref<S extends CollectionSlug>(collection: S, seedKey: string): Ref<S> {
  return new Ref(collection, seedKey)
}

export function polyRef<S extends CollectionSlug>(collection: S, seedKey: string): PolyRef<S> {
  return new PolyRef(collection, seedKey)
}
