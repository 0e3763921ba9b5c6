import {
  ContentApiError,
  type ContentClientError,
  ContentNetworkError,
  ContentNotFoundError,
  ContentTimeoutError,
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
}

/**
 * Lets the host add framework-specific options without the client depending on the framework,
 * e.g. Next.js: `(init, meta) => ({ ...init, next: { tags: [...meta.tags], revalidate: meta.revalidate } })`.
 */
export type RequestInitHook = (init: RequestInit, meta: RequestMeta) => RequestInit

/** Observes each request's outcome (for logging, metrics or a circuit breaker). */
export type RequestOutcomeHook = (meta: RequestMeta, outcome: { ok: true; status: number } | { ok: false; error: ContentClientError }) => void

export interface FetcherOptions {
  /** Origin of the CMS, e.g. `http://localhost:3000` (a trailing slash is ignored). */
  baseUrl: string
  /** Path of the REST API below the origin (default `/api`). */
  apiPath?: string
  /** Milliseconds before a request is abandoned (default 5000). */
  timeoutMs?: number
  /** Extra headers on every request (e.g. an API key for a service account). */
  headers?: Record<string, string>
  /** The fetch implementation (default: the global `fetch`). */
  fetch?: typeof fetch
  requestInit?: RequestInitHook
  onOutcome?: RequestOutcomeHook
}

export interface FetchJsonOptions extends RequestOptions {
  method?: 'GET' | 'POST'
  /** JSON body (POST only). */
  body?: unknown
}

/** Sends one request to the CMS API and parses JSON; used by every resource module. */
export interface Fetcher {
  /** `path` is relative to the API root, e.g. `/projects?limit=1`. */
  json<T>(path: string, options?: FetchJsonOptions): Promise<T>
  /** The absolute URL for an API path. */
  url(path: string): string
  readonly baseUrl: string
}

export const DEFAULT_TIMEOUT_MS = 5000

function describeFailure(body: unknown, fallback: string): string {
  if (typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)) {
    const messages = body.errors
      .map((entry: unknown) => (typeof entry === 'object' && entry !== null && 'message' in entry ? String(entry.message) : ''))
      .filter((message) => message !== '')
    if (messages.length > 0) return messages.join('; ')
  }
  return fallback
}

async function readBody(response: Response): Promise<{ text: string; json: unknown }> {
  const text = await response.text()
  if (text === '') return { text, json: undefined }
  try {
    return { text, json: JSON.parse(text) as unknown }
  } catch {
    // Not JSON (an HTML error page from a proxy, say): callers report the text instead.
    return { text, json: undefined }
  }
}

/** Creates the one fetch wrapper: base URL, timeout, JSON parsing and typed errors. */
export function createFetcher(options: FetcherOptions): Fetcher {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const apiRoot = `${baseUrl}${options.apiPath ?? '/api'}`
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))

  const url = (path: string) => `${apiRoot}${path.startsWith('/') ? path : `/${path}`}`

  async function json<T>(path: string, request: FetchJsonOptions = {}): Promise<T> {
    const target = url(path)
    const method = request.method ?? 'GET'
    const timeoutMs = request.timeoutMs ?? defaultTimeout
    const meta: RequestMeta = { url: target, method, tags: request.tags ?? [], revalidate: request.revalidate }
    const timeoutSignal = AbortSignal.timeout(timeoutMs)
    const signal = request.signal ? AbortSignal.any([timeoutSignal, request.signal]) : timeoutSignal
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers }
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

    if (response.status === 404) {
      return fail(new ContentNotFoundError(describeFailure(body.json, `Not found: ${target}`), target))
    }
    if (!response.ok) {
      const detail = describeFailure(body.json, body.text.slice(0, 200) || response.statusText)
      return fail(new ContentApiError(`The CMS answered ${response.status} for ${target}: ${detail}`, target, response.status))
    }
    if (typeof body.json !== 'object' || body.json === null) {
      return fail(new ContentApiError(`The CMS answered ${response.status} without a JSON object for ${target}`, target, response.status))
    }
    options.onOutcome?.(meta, { ok: true, status: response.status })
    return body.json as T
  }

  return { json, url, baseUrl }
}
