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

/** Largest page size the client asks for; Payload's own default is 10. */
export const MAX_PAGE_SIZE = 100

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
