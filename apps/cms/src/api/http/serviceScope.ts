import { isPublicApiPath } from '../publicSurface'
import { ApiError } from '../errors/apiError'

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * API keys have read scope: they read the public surface (content, media, globals, the
 * feed, the OpenAPI document, GraphQL queries) and nothing else — no writes, no user
 * accounts, no other keys, no job or lock records. GraphQL mutations are refused by a
 * validation rule (see graphql/validationRules.ts).
 */
export function checkServiceScope(method: string, segments: readonly string[]): void {
  const isGraphQL = segments[0] === 'graphql' && segments.length === 1
  if (!READ_METHODS.has(method) && !(isGraphQL && method === 'POST')) {
    throw new ApiError(403, 'API keys are read-only.')
  }
  if (!isPublicApiPath(segments)) {
    throw new ApiError(403, `API keys may not read "/${segments.join('/')}": it is not part of the content API.`)
  }
}
