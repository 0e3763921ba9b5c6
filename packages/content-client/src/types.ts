import type { Config } from '@crn/content-types'

/** Every collection slug of the CMS. */
export type CollectionSlug = keyof Config['collections']

/** The collections with public research content (drafts, versions, localized slugs). */
export type ContentCollectionSlug =
  | 'departments'
  | 'sections'
  | 'projects'
  | 'biobank-facts'
  | 'screening-programmes'
  | 'people'
  | 'key-figures'

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
