import { ApiError } from '../errors/apiError'

/** The read parameters of a REST request, checked for syntax (limits are a separate step). */
export type ReadParams = {
  depth?: number
  limit?: number
  page?: number
  pagination?: boolean
  draft?: boolean
  /** `limit` of each join (`joins[<field>][limit]`), by join field. */
  joinLimits: Map<string, number>
}

const SINGLE_VALUED = ['locale', 'fallback-locale', 'fallbackLocale', 'depth', 'limit', 'page', 'pagination', 'draft', 'sort', 'trash'] as const
const SORT_FIELD = /^-?[A-Za-z_][\w.]*$/
const NON_NEGATIVE_INTEGER = /^\d{1,9}$/
const JOIN_LIMIT = /^joins\[([^\]]+)\]\[limit\]$/

const invalid = (message: string, field?: string) => new ApiError(400, message, { field })

/**
 * Checks the query string of a REST request: each known parameter given once, with a
 * value of the right form, and locales the CMS has. Payload itself would silently ignore
 * a bad `depth` or replace an unknown locale with the default one; a consumer is better
 * served by a 400 that says what to change.
 */
export function parseReadParams(searchParams: URLSearchParams, locales: readonly string[]): ReadParams {
  for (const name of SINGLE_VALUED) {
    if (searchParams.getAll(name).length > 1) throw invalid(`Give "${name}" once, not ${searchParams.getAll(name).length} times.`, name)
  }
  for (const key of new Set(searchParams.keys())) {
    const base = key.split('[', 1)[0]
    if (base !== key && (SINGLE_VALUED as readonly string[]).includes(base ?? '')) {
      throw invalid(`"${base}" takes a single value, not "${key}".`, base)
    }
  }

  const locale = searchParams.get('locale')
  if (locale !== null && !locales.includes(locale) && locale !== 'all' && locale !== '*') {
    throw invalid(`Unknown locale "${locale}": use one of ${locales.join(', ')}, or "all".`, 'locale')
  }
  for (const name of ['fallback-locale', 'fallbackLocale'] as const) {
    const fallback = searchParams.get(name)
    if (fallback !== null && !locales.includes(fallback) && !['none', 'false', 'null'].includes(fallback)) {
      throw invalid(`Unknown ${name} "${fallback}": use one of ${locales.join(', ')}, or "none" for no fallback.`, name)
    }
  }

  const params: ReadParams = { joinLimits: new Map() }
  const depth = integerParam(searchParams, 'depth')
  if (depth !== undefined) params.depth = depth
  const limit = integerParam(searchParams, 'limit')
  if (limit !== undefined) params.limit = limit
  const page = integerParam(searchParams, 'page')
  if (page !== undefined) {
    if (page < 1) throw invalid('"page" starts at 1.', 'page')
    params.page = page
  }
  const pagination = booleanParam(searchParams, 'pagination')
  if (pagination !== undefined) params.pagination = pagination
  const draft = booleanParam(searchParams, 'draft')
  if (draft !== undefined) params.draft = draft
  booleanParam(searchParams, 'trash')

  const sort = searchParams.get('sort')
  if (sort !== null) {
    const fields = sort.split(',').map((field) => field.trim())
    const bad = fields.find((field) => !SORT_FIELD.test(field))
    if (bad !== undefined) throw invalid(`"sort" takes field names separated by commas, "-" for descending (e.g. "-startYear,title"); "${bad}" is not one.`, 'sort')
  }

  for (const [key, value] of searchParams) {
    const join = JOIN_LIMIT.exec(key)
    if (!join?.[1]) continue
    if (!NON_NEGATIVE_INTEGER.test(value)) throw invalid(`"${key}" must be a whole number, not "${value}".`, key)
    params.joinLimits.set(join[1], Number(value))
  }
  return params
}

function integerParam(searchParams: URLSearchParams, name: string): number | undefined {
  const value = searchParams.get(name)
  if (value === null) return undefined
  if (!NON_NEGATIVE_INTEGER.test(value)) throw invalid(`"${name}" must be a whole number of 0 or more, not "${value}".`, name)
  return Number(value)
}

function booleanParam(searchParams: URLSearchParams, name: string): boolean | undefined {
  const value = searchParams.get(name)
  if (value === null) return undefined
  if (value !== 'true' && value !== 'false') throw invalid(`"${name}" must be true or false, not "${value}".`, name)
  return value === 'true'
}
