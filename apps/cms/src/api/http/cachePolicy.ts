import { env } from '../../env'
import { VARY_HEADER } from './cors'
import { ifNoneMatchMatches, strongETag } from './etag'

/** The `Cache-Control` of public reads (seconds from API_CACHE_MAX_AGE / API_CACHE_STALE_WHILE_REVALIDATE). */
export function publicCacheControl(): string {
  return `public, max-age=${env.API_CACHE_MAX_AGE}, stale-while-revalidate=${env.API_CACHE_STALE_WHILE_REVALIDATE}`
}

export const PRIVATE_CACHE_CONTROL = 'private, no-store'

const isJson = (response: Response) => /^application\/(.+\+)?json\b/i.test(response.headers.get('content-type') ?? '')

/**
 * Sets caching headers on an API answer.
 *
 * - A public read (anonymous GET, no drafts) that succeeded: `public, max-age, stale-while-revalidate`
 *   and a strong ETag of the body; `If-None-Match` with that tag answers 304 without a body.
 * - Everything else (credentials, drafts, writes, errors, anything setting a cookie): `private, no-store`,
 *   unless the endpoint chose its own policy.
 */
export async function applyCachePolicy(request: Request, response: Response, isPublicRead: boolean): Promise<Response> {
  const headers = new Headers(response.headers)
  headers.set('Vary', VARY_HEADER)
  const cacheable = isPublicRead && response.status === 200 && !headers.has('set-cookie')
  if (!cacheable) {
    if (!headers.has('cache-control') || headers.has('set-cookie') || !isPublicRead) headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }

  if (!headers.has('cache-control')) headers.set('Cache-Control', publicCacheControl())
  let body: BodyInit | null = response.body
  if (!headers.has('etag') && isJson(response)) {
    const bytes = new Uint8Array(await response.arrayBuffer())
    headers.set('ETag', strongETag(bytes))
    body = bytes
  }
  const etag = headers.get('etag')
  if (etag !== null && ifNoneMatchMatches(request.headers.get('if-none-match'), etag)) {
    // 304 carries the validators and caching headers, not the representation's own.
    for (const name of ['content-type', 'content-length', 'content-encoding']) headers.delete(name)
    if (body instanceof ReadableStream) await body.cancel()
    return new Response(null, { status: 304, headers })
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers })
}
