import { API_LIMITS } from '../limits'
import { ApiError } from '../errors/apiError'
import type { Principal } from './principal'
import type { ReadParams } from './readParams'

/**
 * The read limits for everyone but signed-in editors: pages of at most 100 documents
 * (`limit=0` and unbounded `pagination=false` refused) and relationships populated at
 * most 2 levels deep. Each refusal is a 400 that names the limit. (`draft=true` is not
 * refused: access control answers it with published documents only, unless the caller
 * may read drafts; such answers are never cached publicly.)
 */
export function checkReadLimits(params: ReadParams, principal: Principal): void {
  if (principal.kind === 'editor') return
  const { maxPageSize, maxDepth } = API_LIMITS
  if (params.limit === 0) {
    throw new ApiError(400, `"limit=0" (every document at once) is not available: page through the results with a limit of 1–${maxPageSize}.`, { field: 'limit' })
  }
  if (params.limit !== undefined && params.limit > maxPageSize) {
    throw new ApiError(400, `"limit" is at most ${maxPageSize} (asked for ${params.limit}): use "page" for the next ones.`, { field: 'limit' })
  }
  if (params.pagination === false && params.limit === undefined) {
    throw new ApiError(400, `"pagination=false" needs an explicit "limit" of at most ${maxPageSize}.`, { field: 'pagination' })
  }
  if (params.depth !== undefined && params.depth > maxDepth) {
    throw new ApiError(400, `"depth" is at most ${maxDepth} (asked for ${params.depth}).`, { field: 'depth' })
  }
  for (const [join, limit] of params.joinLimits) {
    if (limit === 0 || limit > maxPageSize) {
      throw new ApiError(400, `"joins[${join}][limit]" must be between 1 and ${maxPageSize} (asked for ${limit}).`, { field: `joins[${join}][limit]` })
    }
  }
}
