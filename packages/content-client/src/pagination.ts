import { ContentUsageError } from './errors'

/** One page of a collection query, exactly as Payload's REST API returns it. */
export interface PaginatedDocs<TDoc> {
  docs: TDoc[]
  totalDocs: number
  limit: number
  totalPages: number
  page: number
  pagingCounter: number
  hasPrevPage: boolean
  hasNextPage: boolean
  prevPage: number | null
  nextPage: number | null
}

/** Largest page size the content API serves (it answers 400 to more, and to `limit=0`); Payload's own default is 10. */
export const MAX_PAGE_SIZE = 100

/** Throws `ContentUsageError` unless `limit` is a page size the CMS serves (1–100). */
export function checkPageSize(limit: number, url: string): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new ContentUsageError(`The page size (limit) must be a whole number from 1 to ${MAX_PAGE_SIZE}, not ${limit}: the CMS serves at most ${MAX_PAGE_SIZE} documents per request.`, url)
  }
}

/**
 * Parses a `?page=` value from a URL: a positive integer written plainly ("1", "2" — not
 * "02", "1.0" or "-1"). Anything else is `null`, so callers answer 404 instead of guessing.
 */
export function parsePageNumber(raw: string | string[] | undefined | null): number | null {
  if (raw === undefined || raw === null) return 1
  if (Array.isArray(raw)) return null
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null
  return Number(raw)
}

/** True when `page` lies outside the result (page 1 of an empty result is still valid). */
export function isPageOutOfRange(result: Pick<PaginatedDocs<unknown>, 'page' | 'totalPages'>, page: number): boolean {
  return page > Math.max(1, result.totalPages)
}
