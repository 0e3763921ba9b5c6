import { getPayload, type SanitizedConfig } from 'payload'

import { API_LIMITS } from '../limits'
import { applyCachePolicy } from './cachePolicy'
import { withVary } from './cors'
import { ApiRequestError, errorResponse } from './errorResponse'
import { normalizeErrorResponse } from './normalizeErrors'
import { carriesCredentials, resolvePrincipal } from './principal'
import { parseReadParams } from './readParams'
import { boundRequestBody } from './requestBody'
import type { RouteHandler } from './withRestApi'
import { localeCodes } from './withRestApi'

type ConfigInput = Promise<SanitizedConfig> | SanitizedConfig

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Wraps Payload's GraphQL route handler with the content API's HTTP contract: JSON
 * bodies only and within the size limit, batches (a JSON array of operations) of at
 * most `maxGraphQLBatchSize`, a 400 when a request fails as a whole (parse or validation
 * errors, limits), and HTTP caching for anonymous GET queries. Query limits (complexity,
 * root fields, page size, drafts) are GraphQL validation rules (graphql/validationRules.ts).
 */
export function withGraphQLApi<Context>(config: ConfigInput, handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const payload = await getPayload({ config, cron: true })
    try {
      const method = request.method.toUpperCase()
      if (method === 'OPTIONS') return withVary(await handler(request, context))
      if (request.url.length > API_LIMITS.maxUrlLength) {
        throw new ApiRequestError(414, `The request URL is longer than ${API_LIMITS.maxUrlLength} characters: send the query as a POST body.`)
      }
      const principal = await resolvePrincipal(payload, request.headers)
      if (principal.kind === 'invalid') throw new ApiRequestError(401, principal.reason)
      parseReadParams(new URL(request.url).searchParams, localeCodes(payload))

      if (method === 'GET') {
        const response = await asRequestFailure(await handler(request, context))
        const isPublicRead = principal.kind === 'anonymous' && !carriesCredentials(request.headers, payload)
        return await applyCachePolicy(request, await normalizeErrorResponse(response), isPublicRead)
      }

      const bounded = await boundRequestBody(request, ['json'])
      if (bounded.kind === 'none' || bounded.text === undefined || bounded.text.trim() === '') {
        throw new ApiRequestError(400, 'Send a JSON body: {"query": "…", "variables": {…}}.')
      }
      const body: unknown = JSON.parse(bounded.text)
      const single = async (operation: unknown): Promise<Response> => {
        if (!isRecord(operation) || typeof operation.query !== 'string') {
          throw new ApiRequestError(400, 'Each operation is a JSON object with a "query" string (and optional "variables" and "operationName").')
        }
        const subRequest = new Request(request.url, { method: 'POST', headers: bounded.request.headers, body: JSON.stringify(operation), signal: request.signal })
        return asRequestFailure(await handler(subRequest, context))
      }

      let response: Response
      if (Array.isArray(body)) {
        if (body.length === 0) throw new ApiRequestError(400, 'A batch needs at least one operation.')
        if (body.length > API_LIMITS.maxGraphQLBatchSize) {
          throw new ApiRequestError(400, `A batch may hold at most ${API_LIMITS.maxGraphQLBatchSize} operations (got ${body.length}).`)
        }
        const results: unknown[] = []
        let headers = new Headers()
        // One after another: a batch must not multiply the load on the database at once.
        for (const operation of body) {
          const answer = await single(operation)
          headers = new Headers(answer.headers)
          results.push(await answer.json())
        }
        headers.delete('content-length')
        response = Response.json(results, { headers })
      } else {
        response = await single(body)
      }
      return await applyCachePolicy(request, await normalizeErrorResponse(response), false)
    } catch (error) {
      if (error instanceof ApiRequestError) return errorResponse(payload, request, error.status, error.message, error.headers)
      payload.logger.error({ err: error, msg: `Content API: unexpected GraphQL error on ${request.method} ${request.url}` })
      return errorResponse(payload, request, 500, 'Something went wrong on our side. Please try again later.')
    }
  }
}

/**
 * graphql-http answers a request that fails as a whole (unparseable query, validation
 * errors, a limit) with 200 and no `data` when the client accepts plain JSON; that is
 * bad input, so the answer becomes a 400 with the same `{ errors }` body.
 */
async function asRequestFailure(response: Response): Promise<Response> {
  if (response.status !== 200) return response
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined // not JSON: passed on unchanged
  }
  const failedAsWhole = isRecord(parsed) && Array.isArray(parsed.errors) && (parsed.data === undefined || parsed.data === null)
  return new Response(text, { status: failedAsWhole ? 400 : 200, statusText: failedAsWhole ? 'Bad Request' : response.statusText, headers: response.headers })
}
