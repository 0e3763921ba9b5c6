import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { API_LIMITS } from '../limits'
import { applyCachePolicy } from './cachePolicy'
import { withVary } from './cors'
import { ApiRequestError, errorResponse } from './errorResponse'
import { apiSegments } from './apiPath'
import { normalizeErrorResponse } from './normalizeErrors'
import { carriesCredentials, resolvePrincipal } from './principal'
import { checkReadLimits } from './readLimits'
import { parseReadParams } from './readParams'
import { boundRequestBody, type BodyKind } from './requestBody'
import { checkServiceScope } from './serviceScope'

export type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>
type ConfigInput = Promise<SanitizedConfig> | SanitizedConfig

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH'])
/** Payload's admin sends long list queries as a form body with this header (see handleEndpoints). */
const METHOD_OVERRIDE_HEADERS = ['x-payload-http-method-override', 'x-http-method-override']
const REST_BODIES: readonly BodyKind[] = ['none', 'json', 'form', 'multipart']
/** Signed-in editors (the admin UI) are not held to the content-type rules: Payload's UI decides those. */
const EDITOR_BODIES: readonly BodyKind[] = [...REST_BODIES, 'other']

export function localeCodes(payload: Payload): string[] {
  const { localization } = payload.config
  return localization ? localization.localeCodes : []
}

/**
 * Wraps a Payload REST route handler with the content API's HTTP contract: limits
 * (URL length, body size and type, page size, depth), read-only API keys, one
 * error shape, and HTTP caching (Cache-Control, ETag, 304). See docs/content-api.md.
 */
export function withRestApi<Context>(config: ConfigInput, handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (incoming, context) => {
    const payload = await getPayload({ config, cron: true })
    // HEAD is a GET without the body (Payload has no HEAD routes): same status, headers and ETag.
    const isHead = incoming.method.toUpperCase() === 'HEAD'
    const request = isHead ? new Request(incoming.url, { method: 'GET', headers: incoming.headers, signal: incoming.signal }) : incoming
    const withoutBodyForHead = (answer: Response) =>
      isHead ? new Response(null, { status: answer.status, statusText: answer.statusText, headers: answer.headers }) : answer
    try {
      const method = request.method.toUpperCase()
      if (method === 'OPTIONS') return withVary(await handler(request, context))
      if (request.url.length > API_LIMITS.maxUrlLength) {
        throw new ApiRequestError(414, `The request URL is longer than ${API_LIMITS.maxUrlLength} characters: send long queries as a POST form (see the docs).`)
      }
      const url = new URL(request.url)
      const segments = apiSegments(payload, url)
      const principal = await resolvePrincipal(payload, request.headers)
      if (principal.kind === 'invalid') throw new ApiRequestError(401, principal.reason)
      if (principal.kind === 'service') checkServiceScope(method, segments)

      let outgoing = request
      let searchParams = url.searchParams
      let isOverriddenRead = false
      if (BODY_METHODS.has(method)) {
        const bounded = await boundRequestBody(request, principal.kind === 'editor' ? EDITOR_BODIES : REST_BODIES)
        outgoing = bounded.request
        isOverriddenRead = METHOD_OVERRIDE_HEADERS.some((name) => request.headers.get(name)?.toUpperCase() === 'GET')
        if (isOverriddenRead && bounded.kind === 'form' && bounded.text !== undefined) searchParams = new URLSearchParams(bounded.text)
      }
      const params = parseReadParams(searchParams, localeCodes(payload))
      checkReadLimits(params, principal)
      const mayReadDrafts = principal.kind === 'editor' || (principal.kind === 'service' && principal.readDrafts)
      if (method === 'GET' && params.draft === true && !mayReadDrafts) {
        // With draft=true Payload reads each document's newest version and only then applies the
        // published-only rule, so a published document with a newer draft would vanish from the
        // list. Readers without draft access get the published documents, as without the flag.
        const published = new URL(request.url)
        published.searchParams.delete('draft')
        outgoing = new Request(published, { method: 'GET', headers: request.headers, signal: request.signal })
      }

      const response = await normalizeErrorResponse(await handler(outgoing, context))
      // Anything carrying credentials stays private, even a stale cookie Payload ignores.
      const isPublicRead = method === 'GET' && principal.kind === 'anonymous' && params.draft !== true && !carriesCredentials(request.headers, payload)
      return withoutBodyForHead(await applyCachePolicy(request, response, isPublicRead))
    } catch (error) {
      if (error instanceof ApiRequestError) return withoutBodyForHead(errorResponse(payload, request, error.status, error.message, error.headers))
      payload.logger.error({ err: error, msg: `Content API: unexpected error on ${request.method} ${request.url}` })
      return withoutBodyForHead(errorResponse(payload, request, 500, 'Something went wrong on our side. Please try again later.'))
    }
  }
}
