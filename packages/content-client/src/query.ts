import { type FallbackLocale, type Locale, localeParams } from './locale'
import type { JoinQuery, QueryValue, Where } from './types'

/** Select: which fields to return (`true`), or nested selections for groups. */
export type SelectQuery = { [field: string]: boolean | SelectQuery }

/**
 * The read parameters Payload's REST API understands, untyped by collection (the wire format).
 * The collection resources take the typed `CollectionQuery<slug>` instead.
 */
export interface FindParams {
  where?: Where
  locale?: Locale | 'all'
  fallbackLocale?: FallbackLocale
  /** How deep relationships are populated (the public API allows 0–2; Payload's default is 2). */
  depth?: number
  limit?: number
  page?: number
  /** A field name, `-field` for descending, or several in order. */
  sort?: string | readonly string[]
  /** Which fields to return (`{ title: true }`), or which to leave out (`{ body: false }`); nested for groups. */
  select?: SelectQuery | object
  joins?: Record<string, JoinQuery | undefined>
  /** `false` returns every match (up to `limit`) without counting. */
  pagination?: boolean
  /** Read the latest drafts (preview keys only; sent only when `true`). */
  draft?: boolean
}

type Encodable = QueryValue | readonly Encodable[] | { readonly [key: string]: Encodable | undefined } | undefined

function encodeKey(key: string): string {
  // Brackets stay readable; Payload parses them with qs either way.
  return encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')
}

/** Flattens nested objects/arrays into `key[sub][0]=value` pairs (the qs convention Payload parses). */
function flatten(prefix: string, value: Encodable, pairs: [string, string][]): void {
  if (value === undefined) return
  if (value === null) {
    pairs.push([prefix, 'null'])
    return
  }
  if (Array.isArray(value)) {
    value.forEach((item: Encodable, index: number) => flatten(`${prefix}[${index}]`, item, pairs))
    return
  }
  if (typeof value === 'object') {
    for (const [key, nested] of Object.entries(value)) flatten(`${prefix}[${key}]`, nested, pairs)
    return
  }
  pairs.push([prefix, String(value)])
}

/** Flattens a selection (`{ partners: { name: true } }` → `select[partners][name]=true`); other values are not part of a selection. */
function flattenSelect(prefix: string, selection: object, pairs: [string, string][]): void {
  const entries: [string, unknown][] = Object.entries(selection)
  for (const [key, value] of entries) {
    if (typeof value === 'boolean') pairs.push([`${prefix}[${key}]`, String(value)])
    else if (typeof value === 'object' && value !== null) flattenSelect(`${prefix}[${key}]`, value, pairs)
  }
}

/** Builds the query string (without `?`) for a REST read; keys in a stable order. */
export function buildQueryString(params: FindParams = {}): string {
  const pairs: [string, string][] = []
  for (const [key, value] of Object.entries(localeParams(params.locale, params.fallbackLocale))) pairs.push([key, value])
  if (params.depth !== undefined) pairs.push(['depth', String(params.depth)])
  if (params.limit !== undefined) pairs.push(['limit', String(params.limit)])
  if (params.page !== undefined) pairs.push(['page', String(params.page)])
  if (params.sort !== undefined) {
    const sort = typeof params.sort === 'string' ? params.sort : params.sort.join(',')
    if (sort !== '') pairs.push(['sort', sort])
  }
  if (params.pagination === false) pairs.push(['pagination', 'false'])
  if (params.draft === true) pairs.push(['draft', 'true'])
  if (params.where !== undefined) flatten('where', params.where as Encodable, pairs)
  if (params.select !== undefined) flattenSelect('select', params.select, pairs)
  if (params.joins !== undefined) {
    for (const [join, options] of Object.entries(params.joins)) {
      if (options === false) pairs.push([`joins[${join}]`, 'false'])
      else flatten(`joins[${join}]`, options as Encodable, pairs)
    }
  }
  return pairs.map(([key, value]) => `${encodeKey(key)}=${encodeURIComponent(value)}`).join('&')
}

/** Appends a query string to a path. */
export function withQuery(path: string, params: FindParams = {}): string {
  const query = buildQueryString(params)
  return query === '' ? path : `${path}?${query}`
}
