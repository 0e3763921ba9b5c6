import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import * as qs from 'qs-esm'

import { answerForThrown, ApiError } from '../errors/apiError'
import { fromPayloadAnswer } from '../errors/fromPayloadAnswer'
import { apiSegments } from '../http/apiPath'
import { applyCachePolicy } from '../http/cachePolicy'
import { withVary } from '../http/cors'
import { carriesCredentials, type Principal, resolvePrincipal } from '../http/principal'
import { checkReadLimits } from '../http/readLimits'
import { parseReadParams, type ReadParams } from '../http/readParams'
import { type BodyKind, readRequestBody, type RequestBody } from '../http/requestBody'
import { checkServiceScope } from '../http/serviceScope'
import { API_LIMITS } from '../limits'
import { queryProblems } from '../validation/queryShape'
import { checkWhereShape } from '../validation/whereShape'
import { runGraphQL } from './graphqlRequest'
import { withPrecondition } from './preconditions'

export type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>
type ConfigInput = Promise<SanitizedConfig> | SanitizedConfig
export type ApiSurface = 'rest' | 'graphql'

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH'])
/** Payload's admin sends long list queries as a form body with this header (see handleEndpoints). */
const METHOD_OVERRIDE_HEADERS = ['x-payload-http-method-override', 'x-http-method-override']
const REST_BODIES: readonly BodyKind[] = ['none', 'json', 'form', 'multipart']
const GRAPHQL_BODIES: readonly BodyKind[] = ['none', 'json']
/** How Payload parses a query string (utilities/createPayloadRequest), so the shape checked is the shape it uses. */
const QS_OPTIONS = { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }

/** What the stages learnt about a request, handed from one to the next. */
type Checked = { method: string; url: URL; segments: string[]; body: RequestBody; params: ReadParams; principal: Principal }

export function localeCodes(payload: Payload): string[] {
  const { localization } = payload.config
  return localization ? localization.localeCodes : []
}

/**
 * The content API's one request pipeline, for REST and GraphQL alike. Every request passes
 * the same stages in this order, and the first to refuse answers:
 *
 * 1. size — URL length, body length (declared or counted);
 * 2. content type — JSON, forms and uploads for REST; JSON for GraphQL;
 * 3. parse once — the JSON body must be an object (a batch for GraphQL);
 * 4. query shape — read parameters (`depth`, `limit`, `page`, `locale`, `sort`, `draft`…);
 *    the field-typed checks of `where` run with the operation (api/validation/queryShape.ts);
 * 5. access — who is calling (401 for bad credentials), API keys read-only on the public
 *    surface, read limits for everyone but editors, drafts only for those who may read them;
 * 6. Payload — a write with `If-Match` only when the document is unchanged (409 otherwise,
 *    preconditions.ts); its answer brought into the one error shape, then HTTP caching.
 *
 * Every refusal, from any stage, is built by the one error constructor (errors/apiError.ts):
 * `{ errors: [{ message, field? }] }`, the right status, CORS headers, never cached.
 */
export function contentApiRoute<Context>(config: ConfigInput, handler: RouteHandler<Context>, surface: ApiSurface): RouteHandler<Context> {
  return async (incoming, context) => {
    const payload = await getPayload({ config, cron: true })
    // HEAD is a GET without the body (Payload has no HEAD routes): same status, headers and ETag.
    const isHead = incoming.method.toUpperCase() === 'HEAD'
    const request = isHead ? new Request(incoming.url, { method: 'GET', headers: incoming.headers, signal: incoming.signal }) : incoming
    const bodyless = (answer: Response) => (isHead ? new Response(null, { status: answer.status, statusText: answer.statusText, headers: answer.headers }) : answer)
    try {
      if (request.method.toUpperCase() === 'OPTIONS') return withVary(await handler(request, context))
      const checked = await runStages(payload, request, surface)
      return bodyless(await callPayload(payload, request, checked, surface, (outgoing) => handler(outgoing, context)))
    } catch (error) {
      return bodyless(answerForThrown(payload, request, error))
    }
  }
}

async function runStages(payload: Payload, request: Request, surface: ApiSurface): Promise<Checked> {
  const method = request.method.toUpperCase()
  // 1. size (the URL; the body's size is counted while it is read, with 2 and 3).
  if (request.url.length > API_LIMITS.maxUrlLength) {
    const hint = surface === 'graphql' ? 'send the query as a POST body' : 'send long queries as a POST form (see the docs)'
    throw new ApiError(414, `The request URL is longer than ${API_LIMITS.maxUrlLength} characters: ${hint}.`)
  }
  const url = new URL(request.url)
  // 1–3. size, content type, parse once.
  const body: RequestBody = BODY_METHODS.has(method)
    ? await readRequestBody(request, surface === 'graphql' ? GRAPHQL_BODIES : REST_BODIES, surface === 'graphql' ? 'object-or-array' : 'object')
    : { kind: 'none', request }
  const segments = apiSegments(payload, url)
  const isOverriddenRead = METHOD_OVERRIDE_HEADERS.some((name) => request.headers.get(name)?.toUpperCase() === 'GET')
  if (surface === 'rest' && !isOverriddenRead) requireDocumentBody(payload, method, segments, body)
  // 4. query shape: the read parameters, from the URL or (admin list queries) a form body.
  const searchParams = isOverriddenRead && body.kind === 'form' && body.text !== undefined ? new URLSearchParams(body.text) : url.searchParams
  const params = parseReadParams(searchParams, localeCodes(payload))
  if (surface === 'rest') checkQuery(payload, segments, qs.parse(searchParams.toString(), QS_OPTIONS) as Record<string, unknown>)
  // 5. access.
  const principal = await resolvePrincipal(payload, request.headers)
  if (principal.kind === 'invalid') throw new ApiError(401, principal.reason)
  if (principal.kind === 'service') checkServiceScope(method, segments)
  if (surface === 'rest') {
    checkReadLimits(params, principal)
    refuseDisabledVerification(payload, method, segments)
    if (segments[0] === 'payload-migrations') throw new ApiError(404, 'Migrations are not part of the API: run them with `payload migrate`.')
  }
  return { method, url, segments, body, params, principal }
}

/** 6. Payload, with its answer in the one error shape and the caching headers. */
async function callPayload(
  payload: Payload,
  request: Request,
  { method, segments, body, params, principal }: Checked,
  surface: ApiSurface,
  handler: (request: Request) => Promise<Response>,
): Promise<Response> {
  // Preconditions only for signed-in users: Payload refuses everyone else's writes, and a 409 would tell them the document exists.
  // Anything carrying credentials stays private, even a stale cookie Payload ignores.
  const isAnonymous = principal.kind === 'anonymous' && !carriesCredentials(request.headers, payload)
  if (surface === 'graphql') {
    const answer = method === 'GET' ? await runGraphQL(request, undefined, handler) : await runGraphQL(body.request, body.json, handler)
    return applyCachePolicy(request, await fromPayloadAnswer(answer), method === 'GET' && isAnonymous)
  }
  let outgoing = body.request
  const mayReadDrafts = principal.kind === 'editor' || (principal.kind === 'service' && principal.readDrafts)
  if (method === 'GET' && params.draft === true && !mayReadDrafts) {
    // Upstream: with draft=true Payload reads each document's newest version and only then applies
    // the published-only rule, so a published document with a newer draft would vanish from the
    // list (pinned in tests/int/upstream-pins.int.spec.ts). Readers without draft access get the
    // published documents, as without the flag.
    const published = new URL(request.url)
    published.searchParams.delete('draft')
    outgoing = new Request(published, { method: 'GET', headers: request.headers, signal: request.signal })
  }
  const answer = await fromPayloadAnswer(await (principal.kind === 'editor' ? withPrecondition(payload, method, segments, request.headers, () => handler(outgoing)) : handler(outgoing)))
  return applyCachePolicy(request, answer, method === 'GET' && isAnonymous && params.draft !== true)
}

/**
 * Upstream: Payload registers `POST /:collection/verify/:token` for every auth collection;
 * without e-mail verification it fails with a 500 (no verification token field; pinned in
 * tests/int/upstream-pins.int.spec.ts). Here it is simply not a route.
 */
function refuseDisabledVerification(payload: Payload, method: string, segments: readonly string[]): void {
  if (method !== 'POST' || segments[1] !== 'verify' || segments.length !== 3) return
  const auth = payload.collections[segments[0] ?? '']?.config.auth
  if (auth && !auth.verify) throw new ApiError(404, 'Email verification is not used here.')
}

/**
 * Stage 3 for the writes that take a document (create, update, a global's update): the
 * document must be there, as a JSON object or as a form whose `_payload` field holds one
 * (what Payload's admin sends). Upstream: Payload hands a missing document on as
 * `undefined` and fails with a TypeError, a 500 (pinned in tests/int/upstream-pins.int.spec.ts).
 */
function requireDocumentBody(payload: Payload, method: string, segments: readonly string[], body: RequestBody): void {
  const [first, second] = segments
  const isCreate = method === 'POST' && segments.length === 1 && first !== undefined && first in payload.collections
  const isGlobalUpdate = method === 'POST' && segments.length === 2 && first === 'globals'
  const isUpdate = (method === 'PATCH' || method === 'PUT') && first !== undefined && (first in payload.collections || (first === 'globals' && second !== undefined))
  if (!isCreate && !isGlobalUpdate && !isUpdate) return
  if (body.kind === 'json' || body.kind === 'multipart') return
  const hint = 'Send the document as a JSON object (Content-Type: application/json).'
  if (body.kind === 'none') throw new ApiError(400, `The request has no document. ${hint}`)
  if (body.kind === 'form') {
    const document = new URLSearchParams(body.text ?? '').get('_payload')
    if (document === null) throw new ApiError(400, `A form body must carry the document as JSON in its "_payload" field. ${hint}`, { field: '_payload' })
    let parsed: unknown
    try {
      parsed = JSON.parse(document)
    } catch {
      parsed = undefined
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new ApiError(400, `The "_payload" field must hold the document as a JSON object. ${hint}`, { field: '_payload' })
    }
  }
}

/**
 * Stage 4 for REST: the `where` of a collection read, first its shape (any route), then
 * its values against the collection's field types — for every collection, Payload's own
 * (jobs, preferences, locks) included, which the per-collection hooks do not reach.
 */
function checkQuery(payload: Payload, segments: readonly string[], parsed: Record<string, unknown>): void {
  const query = { ...parsed }
  // Payload also takes `where` as JSON text.
  if (typeof query.where === 'string') {
    try {
      query.where = JSON.parse(query.where) as unknown
    } catch (error) {
      throw new ApiError(400, `The query could not be parsed: "where" is neither conditions nor JSON (${error instanceof Error ? error.message : String(error)}).`, { field: 'where' })
    }
  }
  checkWhereShape(query, payload)
  const [collection] = segments
  if (collection === undefined || !(collection in payload.collections) || (query.where === undefined && query.joins === undefined)) return
  const problems = queryProblems(payload, collection, query.where, query.joins)
  if (problems.length === 0) return
  const summary = problems.map((problem) => `${problem.path}: ${problem.message}`).join(' ')
  throw new ApiError(400, `The query is invalid. ${summary}`, { errors: problems.map(({ path, message }) => ({ message: `${path}: ${message}`, field: path })) })
}
