import { apiKeyAuthorization, isPlausibleApiKey } from './auth'
import { type ConditionalCache, createConditionalCache } from './conditionalCache'
import {
  apiErrorForStatus,
  ContentApiError,
  type ContentClientError,
  ContentNetworkError,
  ContentTimeoutError,
  ContentUsageError,
} from './errors'

/** Cache hints for one read, passed to the `requestInit` hook (e.g. Next's `next: { tags, revalidate }`). */
export interface CacheOptions {
  /** Cache tags this read belongs to (see `tags`). */
  tags?: readonly string[]
  /** Seconds a cached answer stays fresh, or `false` for "until a tag is revalidated". */
  revalidate?: number | false
}

/** Per-request options every resource method accepts. */
export interface RequestOptions extends CacheOptions {
  /** Overrides the client's timeout for this request. */
  timeoutMs?: number
  /** Cancels the request from outside. */
  signal?: AbortSignal
}

/** What a hook learns about a request. */
export interface RequestMeta {
  url: string
  method: string
  tags: readonly string[]
  revalidate?: number | false
  /**
   * True when the answer is for this caller only: the request carries credentials (an API key)
   * or asks for drafts. The CMS marks such answers `private, no-store`; keep them out of shared caches.
   */
  private: boolean
}

/**
 * Lets the host add framework-specific options without the client depending on the framework,
 * e.g. Next.js: `(init, meta) => ({ ...init, next: { tags: [...meta.tags], revalidate: meta.revalidate } })`.
 */
export type RequestInitHook = (init: RequestInit, meta: RequestMeta) => RequestInit

/**
 * Observes each request's outcome (for logging, metrics or a circuit breaker). `status` 304 means
 * the answer came from the conditional cache after the CMS confirmed it unchanged.
 */
export type RequestOutcomeHook = (meta: RequestMeta, outcome: { ok: true; status: number } | { ok: false; error: ContentClientError }) => void

export interface FetcherOptions {
  /** Origin of the CMS, e.g. `http://localhost:3000` (a trailing slash is ignored). */
  baseUrl: string
  /** Path of the REST API below the origin (default `/api`). */
  apiPath?: string
  /** Milliseconds before a request is abandoned (default 5000). */
  timeoutMs?: number
  /**
   * A service API key (created by a CMS admin): sent as `Authorization: api-keys API-Key <key>` on
   * every request. Without it the client reads anonymously and sends no `Authorization` header.
   */
  apiKey?: string
  /**
   * Preview clients only: read the latest drafts (`draft=true` on every REST read unless a read says
   * `draft: false`). Needs a key an admin allowed to read drafts (`apiKey`), or your own
   * `Authorization` header in `headers`; without credentials the client refuses to start.
   */
  drafts?: boolean
  /**
   * Conditional requests: remember each public answer's `ETag` and send `If-None-Match`, so
   * unchanged content comes back as a body-less 304. `true` for an in-memory LRU of 500 URLs,
   * or your own store (`createConditionalCache({ maxEntries })`, or anything with get/set/delete).
   */
  conditionalCache?: boolean | ConditionalCache
  /** Extra headers on every request. */
  headers?: Record<string, string>
  /** The fetch implementation (default: the global `fetch`). */
  fetch?: typeof fetch
  requestInit?: RequestInitHook
  onOutcome?: RequestOutcomeHook
}

/** Turns an error answer into a more specific error (the GraphQL helper uses it); `undefined` keeps the default. */
export type ErrorInterpreter = (status: number, body: unknown, url: string) => ContentClientError | undefined

export interface FetchJsonOptions extends RequestOptions {
  method?: 'GET' | 'POST'
  /** JSON body (POST only). */
  body?: unknown
  interpretError?: ErrorInterpreter
}

/** Sends one request to the CMS API and parses JSON; used by every resource module. */
export interface Fetcher {
  /** `path` is relative to the API root, e.g. `/projects?limit=1`. */
  json<T>(path: string, options?: FetchJsonOptions): Promise<T>
  /** The absolute URL for an API path. */
  url(path: string): string
  readonly baseUrl: string
  /** True for a preview client (`drafts: true`): reads ask for drafts unless they say otherwise. */
  readonly drafts: boolean
  /**
   * Whether one read asks for drafts: its own `draft` option, else the client's `drafts`.
   * Throws `ContentUsageError` for `draft: true` on a client that is not configured for drafts.
   */
  draftFor(requested: boolean | undefined): boolean
}

export const DEFAULT_TIMEOUT_MS = 5000

/** The messages of Payload's error shape `{ errors: [{ message }] }`. */
export function errorMessages(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return []
  return body.errors
    .map((entry: unknown) => (typeof entry === 'object' && entry !== null && 'message' in entry ? String(entry.message) : ''))
    .filter((message) => message !== '')
}

async function readBody(response: Response): Promise<{ text: string; json: unknown }> {
  const text = await response.text()
  return { text, json: parseJson(text) }
}

function parseJson(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    // Not JSON (an HTML error page from a proxy, say): callers report the text instead.
    return undefined
  }
}

function hasHeader(headers: Record<string, string> | undefined, name: string): boolean {
  return Object.keys(headers ?? {}).some((key) => key.toLowerCase() === name)
}

/** Checks the options once, so misconfiguration fails at start-up rather than on the first read. */
function checkOptions(options: FetcherOptions, baseUrl: string): { hasCredentials: boolean } {
  if (!/^https?:\/\/[^/]+/i.test(baseUrl)) {
    throw new ContentUsageError(`baseUrl must be an http(s) origin such as http://localhost:3000, not "${options.baseUrl}"`, options.baseUrl)
  }
  if (options.apiKey !== undefined) {
    // Never echo the key itself: error messages end up in logs.
    if (!isPlausibleApiKey(options.apiKey)) {
      throw new ContentUsageError('apiKey must be the key an admin gave you: 8–512 printable characters without spaces.', baseUrl)
    }
    if (hasHeader(options.headers, 'authorization')) {
      throw new ContentUsageError('Give either apiKey or an Authorization header in headers, not both.', baseUrl)
    }
  }
  const hasCredentials = options.apiKey !== undefined || hasHeader(options.headers, 'authorization')
  if (options.drafts === true && !hasCredentials) {
    throw new ContentUsageError('drafts: true needs a preview API key (apiKey) allowed to read drafts; anonymous readers only see published content.', baseUrl)
  }
  return { hasCredentials }
}

/** Creates the one fetch wrapper: base URL, credentials, timeout, conditional requests, JSON parsing and typed errors. */
export function createFetcher(options: FetcherOptions): Fetcher {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const { hasCredentials } = checkOptions(options, baseUrl)
  const apiRoot = `${baseUrl}${options.apiPath ?? '/api'}`
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))
  const drafts = options.drafts === true
  const conditional: ConditionalCache | undefined =
    options.conditionalCache === true ? createConditionalCache() : options.conditionalCache === false ? undefined : options.conditionalCache
  const fixedHeaders: Record<string, string> = { accept: 'application/json', ...options.headers }
  if (options.apiKey !== undefined) fixedHeaders.authorization = apiKeyAuthorization(options.apiKey)

  const url = (path: string) => `${apiRoot}${path.startsWith('/') ? path : `/${path}`}`

  function draftFor(requested: boolean | undefined): boolean {
    if (requested === true && !drafts) {
      throw new ContentUsageError('draft: true needs a preview client: createContentClient({ apiKey, drafts: true }) with a key allowed to read drafts.', baseUrl)
    }
    return requested ?? drafts
  }

  async function json<T>(path: string, request: FetchJsonOptions = {}): Promise<T> {
    const target = url(path)
    const method = request.method ?? 'GET'
    const timeoutMs = request.timeoutMs ?? defaultTimeout
    const asksForDrafts = new URL(target).searchParams.get('draft') === 'true'
    const meta: RequestMeta = { url: target, method, tags: request.tags ?? [], revalidate: request.revalidate, private: hasCredentials || asksForDrafts }
    const timeoutSignal = AbortSignal.timeout(timeoutMs)
    const signal = request.signal ? AbortSignal.any([timeoutSignal, request.signal]) : timeoutSignal
    const headers: Record<string, string> = { ...fixedHeaders }
    // Only public reads have validators: private answers are never stored (nor sent an If-None-Match).
    const remembered = method === 'GET' && !meta.private ? conditional?.get(target) : undefined
    if (remembered) headers['if-none-match'] = remembered.etag
    let init: RequestInit = { method, headers, signal }
    if (request.body !== undefined) {
      headers['content-type'] = 'application/json'
      init.body = JSON.stringify(request.body)
    }
    if (options.requestInit) init = options.requestInit(init, meta)

    const fail = (error: ContentClientError): never => {
      options.onOutcome?.(meta, { ok: false, error })
      throw error
    }

    let response: Response
    try {
      response = await fetchImpl(target, init)
    } catch (cause) {
      if (timeoutSignal.aborted) return fail(new ContentTimeoutError(target, timeoutMs, { cause }))
      const reason = cause instanceof Error ? cause.message : String(cause)
      return fail(new ContentNetworkError(`Could not reach the CMS at ${target}: ${reason}`, target, { cause }))
    }

    let body: { text: string; json: unknown }
    try {
      body = await readBody(response)
    } catch (cause) {
      if (timeoutSignal.aborted) return fail(new ContentTimeoutError(target, timeoutMs, { cause }))
      return fail(new ContentNetworkError(`The CMS connection broke while reading ${target}`, target, { cause }))
    }

    if (response.status === 304 && remembered) {
      options.onOutcome?.(meta, { ok: true, status: 304 })
      return parseJson(remembered.body) as T
    }
    if (!response.ok) {
      const messages = errorMessages(body.json)
      const interpreted = request.interpretError?.(response.status, body.json, target)
      if (interpreted) return fail(interpreted)
      // A 404 from outside the API (a proxy, the app's HTML page) has nothing worth quoting.
      const fallback = response.status === 404 ? 'Not Found' : body.text.slice(0, 200) || response.statusText
      const detail = messages.length > 0 ? messages.join('; ') : fallback
      return fail(apiErrorForStatus(response.status, `The CMS answered ${response.status} for ${target}: ${detail}`, target, { messages }))
    }
    if (typeof body.json !== 'object' || body.json === null) {
      return fail(new ContentApiError(`The CMS answered ${response.status} without a JSON object for ${target}`, target, response.status))
    }
    if (conditional && method === 'GET' && !meta.private) {
      const etag = response.headers.get('etag')
      if (etag) conditional.set(target, { etag, body: body.text })
      else conditional.delete(target)
    }
    options.onOutcome?.(meta, { ok: true, status: response.status })
    return body.json as T
  }

  return { json, url, baseUrl, drafts, draftFor }
}
