import type { Config } from '@crn/content-types'
import type { ContentCollectionSlug } from '@crn/site-contract'

/** Every collection slug of the CMS. */
export type CollectionSlug = keyof Config['collections']

/** The collections with public research content (drafts, versions, localized slugs): the shared map of the site names them. */
export type { ContentCollectionSlug }

/** The document type of a collection, as generated from the Payload config. */
export type DocumentOf<TSlug extends CollectionSlug> = Config['collections'][TSlug]

/** Every global slug of the CMS. */
export type GlobalSlug = keyof Config['globals']

/** The document type of a global. */
export type GlobalOf<TSlug extends GlobalSlug> = Config['globals'][TSlug]

/** A primitive value in a query. */
export type QueryValue = string | number | boolean | null

/** Payload's query operators (https://payloadcms.com/docs/queries/overview). */
export type WhereOperator =
  | 'equals'
  | 'not_equals'
  | 'in'
  | 'not_in'
  | 'all'
  | 'exists'
  | 'greater_than'
  | 'greater_than_equal'
  | 'less_than'
  | 'less_than_equal'
  | 'like'
  | 'not_like'
  | 'contains'

/** Conditions on one field. */
export type WhereField = Partial<Record<WhereOperator, QueryValue | readonly QueryValue[]>>

/** A Payload `where` query: field conditions combined with `and` / `or`. */
export type Where = {
  and?: Where[]
  or?: Where[]
  [field: string]: WhereField | Where[] | undefined
}

/** Options of a join field in a read (`joins[sections][limit]=…`), or `false` to skip it. */
export type JoinQuery = false | { limit?: number; page?: number; sort?: string; where?: Where; count?: boolean }

/** The top-level field names of a collection's documents. */
export type FieldName<TSlug extends CollectionSlug> = Extract<keyof DocumentOf<TSlug>, string> | SharedFieldName

/**
 * The fields every content collection has (`id`, `title`, `slug`, `lastUpdated`…). Part of every
 * collection's field names, so code that is generic over collections can still sort and filter by them.
 */
export type SharedFieldName = Extract<keyof DocumentOf<ContentCollectionSlug>, string>

/**
 * A field a query may name: a top-level field, or a path into a group, array or relationship
 * (`department.slug`, `partners.country`) — Payload checks the part after the dot.
 */
export type FieldPath<TSlug extends CollectionSlug> = FieldName<TSlug> | `${FieldName<TSlug>}.${string}`

/** A `where` over one collection: its own field names (typos are compile errors), combined with `and` / `or`. */
export type WhereOf<TSlug extends CollectionSlug> = { and?: WhereOf<TSlug>[]; or?: WhereOf<TSlug>[] } & {
  [Path in FieldPath<TSlug>]?: WhereField
}

/** A sort key of one collection: a field, or `-field` for descending. */
export type SortOf<TSlug extends CollectionSlug> = FieldPath<TSlug> | `-${FieldPath<TSlug>}`

/** Which fields to return, as generated from the collection config (`{ title: true, slug: true }`, or all `false` to leave fields out). */
export type SelectOf<TSlug extends CollectionSlug> = Config['collectionsSelect'][TSlug]

/** Which fields of a global to return. */
export type GlobalSelectOf<TSlug extends GlobalSlug> = Config['globalsSelect'][TSlug]

/** The join fields of a collection (e.g. a department's `sections`); `never` for collections without any. */
export type JoinFieldOf<TSlug extends CollectionSlug> = TSlug extends keyof Config['collectionsJoins'] ? Extract<keyof Config['collectionsJoins'][TSlug], string> : never

/** Join options by join field. */
export type JoinsOf<TSlug extends CollectionSlug> = { [Field in JoinFieldOf<TSlug>]?: JoinQuery }

/** How deep relationships are expanded into documents: the public API allows at most 2. */
export type Depth = 0 | 1 | 2
