import { ApiError } from '../errors/apiError'
import { API_LIMITS } from '../limits'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Runs a GraphQL request through Payload's handler: a GET query as it is; a POST body
 * (already parsed by the pipeline) as one operation or a batch of at most
 * `maxGraphQLBatchSize`, run one after another so a batch does not multiply the load on
 * the database at once. Query limits (complexity, root fields, page size, drafts) are
 * GraphQL validation rules (graphql/validationRules.ts).
 */
export async function runGraphQL(request: Request, body: unknown, handler: (request: Request) => Promise<Response>): Promise<Response> {
  if (request.method.toUpperCase() === 'GET') return asRequestFailure(await handler(request))
  if (body === undefined) throw new ApiError(400, 'Send a JSON body: {"query": "…", "variables": {…}}.')
  const single = async (operation: unknown): Promise<Response> => {
    if (!isRecord(operation) || typeof operation.query !== 'string') {
      throw new ApiError(400, 'Each operation is a JSON object with a "query" string (and optional "variables" and "operationName").', { field: 'query' })
    }
    const headers = new Headers(request.headers)
    headers.delete('content-length')
    const subRequest = new Request(request.url, { method: 'POST', headers, body: JSON.stringify(operation), signal: request.signal })
    return asRequestFailure(await handler(subRequest))
  }
  if (!Array.isArray(body)) return single(body)
  if (body.length === 0) throw new ApiError(400, 'A batch needs at least one operation.')
  if (body.length > API_LIMITS.maxGraphQLBatchSize) {
    throw new ApiError(400, `A batch may hold at most ${API_LIMITS.maxGraphQLBatchSize} operations (got ${body.length}).`)
  }
  const results: unknown[] = []
  let headers = new Headers()
  for (const operation of body) {
    const answer = await single(operation)
    headers = new Headers(answer.headers)
    results.push(await answer.json())
  }
  headers.delete('content-length')
  return Response.json(results, { headers })
}

/**
 * Upstream: graphql-http answers a request that fails as a whole (unparseable query,
 * validation errors, a limit) with 200 and no `data` when the client accepts plain JSON
 * (pinned in tests/int/upstream-pins.int.spec.ts); that is bad input, so the answer
 * becomes a 400 with the same `{ errors }` body.
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
