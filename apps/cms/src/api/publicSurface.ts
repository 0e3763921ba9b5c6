import { CONTENT_COLLECTION_SLUGS } from '../collections/contentSlugs'

/**
 * What the content API offers other services: the collections anyone may read (published
 * content, the sources figures cite, media files, and the site's redirects from old addresses), every global, and the API's own endpoints. API keys are
 * limited to this surface; the OpenAPI document describes exactly this.
 */
export const PUBLIC_COLLECTION_SLUGS: readonly string[] = [...CONTENT_COLLECTION_SLUGS, 'sources', 'media', 'redirects']

/** Custom endpoints under /api that belong to the public read contract. */
export const PUBLIC_ENDPOINT_PATHS = ['changes', 'change-history', 'openapi.json', 'health'] as const

/** True when `/api/<first segment>/…` is part of the public read surface. */
export function isPublicApiPath(segments: readonly string[]): boolean {
  const [first] = segments
  if (first === undefined) return false
  return first === 'globals' || first === 'graphql' || PUBLIC_COLLECTION_SLUGS.includes(first) || (PUBLIC_ENDPOINT_PATHS as readonly string[]).includes(first)
}
