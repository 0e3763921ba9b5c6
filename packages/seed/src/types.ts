import type { Config } from '@crn/content-types'

import type { Bilingual } from './bilingual'
import type { CollectionSlug, PolyRef, Ref } from './refs'

export type GlobalSlug = keyof Config['globals']

/** What a related document looks like in the generated types (an id plus timestamps). */
type DocumentShape = { id: number | string; createdAt: string }
/** A polymorphic relationship value in the generated types. */
type PolymorphicShape = { relationTo: string; value: unknown }

/** The collection whose generated document type is `D`. */
type CollectionOf<D> = { [K in CollectionSlug]: Config['collections'][K] extends D ? K : never }[CollectionSlug]

type IsRelationship<T> = [Extract<T, DocumentShape | PolymorphicShape>] extends [never] ? false : true

/** Distributes over a relationship field's union and yields the matching reference type. */
type RefFor<T> = T extends PolymorphicShape
  ? PolyRef<Extract<T['relationTo'], CollectionSlug>>
  : T extends DocumentShape
    ? Ref<CollectionOf<T>>
    : never

/**
 * How a seed document states one field of the generated type `T`:
 * relationships become references by seed key, scalars and objects may be bilingual,
 * arrays are written row by row (rows get their ids from the database).
 */
export type SeedField<T> =
  IsRelationship<T> extends true
    ? RefFor<T> | Extract<T, null | undefined>
    : T extends readonly (infer Row)[]
      ? IsRelationship<Row> extends true
        ? RefFor<Row>[]
        : SeedRow<Row>[]
      : T extends string | number | boolean
        ? T | Bilingual<T>
        : T extends object
          ? SeedObject<T> | Bilingual<T>
          : T

export type SeedObject<T> = { [K in keyof T]: SeedField<T[K]> }
type SeedRow<Row> = { [K in keyof Row as K extends 'id' ? never : K]: SeedField<Row[K]> }

/** Fields the database or the engine fills in, and read-only join fields. */
type SystemField = 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | '_status' | 'seedKey' | 'sizes' | 'updatedBy'
type JoinField<S> = S extends keyof Config['collectionsJoins'] ? keyof Config['collectionsJoins'][S] : never

/** The editable data of a collection document, as the generated types describe it. */
export type CollectionData<S extends CollectionSlug> = Omit<Config['collections'][S], SystemField | JoinField<S>>
export type GlobalData<G extends GlobalSlug> = Omit<Config['globals'][G], SystemField | 'globalType'>

/** One document the seed creates, identified by a stable seed key. */
export type SeedDocument<S extends CollectionSlug> = {
  seedKey: string
  data: SeedObject<CollectionData<S>>
}

/** The content a global gets the first time it is seeded. */
export type SeedGlobal<G extends GlobalSlug> = {
  slug: G
  seedKey: string
  data: SeedObject<GlobalData<G>>
}

/** All seed documents of one collection, in creation order. */
export type SeedCollection<S extends CollectionSlug = CollectionSlug> = {
  collection: S
  documents: readonly SeedDocument<S>[]
}
