/**
 * Errors thrown by the content client. Every failure throws (never an empty result), so a
 * cache in front of the client never stores "nothing" in place of the last good content.
 *
 * ContentClientError
 * ├─ ContentUsageError          the call was refused before anything was sent (configuration, limits)
 * ├─ ContentTimeoutError        no answer in time
 * ├─ ContentNetworkError        no connection
 * └─ ContentApiError            the CMS answered with an error status (`status`, `messages`)
 *    ├─ ContentBadRequestError     400: bad `where`, unknown field or locale, a limit…
 *    ├─ ContentUnauthorizedError   401: the API key is wrong, revoked or expired
 *    ├─ ContentForbiddenError      403: outside what the caller may do (keys are read-only)
 *    ├─ ContentNotFoundError       404: no such (published) document, global or route
 *    └─ ContentGraphQLError        a GraphQL answer with `errors`
 */

interface ErrorOptions {
  cause?: unknown
}

/** Base class: anything the content client could not deliver. */
export class ContentClientError extends Error {
  /** The request URL (without credentials) the error belongs to. */
  readonly url: string

  constructor(message: string, url: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
    this.url = url
  }
}

/**
 * The client refused a call before sending it: a misconfiguration (e.g. `draft: true` on a
 * client without a preview key) or a request the CMS is known to refuse (a page size over 100).
 */
export class ContentUsageError extends ContentClientError {}

export interface ContentApiErrorOptions extends ErrorOptions {
  /** The messages of the CMS's `{ "errors": [{ "message": … }] }` answer. */
  messages?: readonly string[]
}

/** The CMS answered with a non-success HTTP status (or a body that is not the JSON we expect). */
export class ContentApiError extends ContentClientError {
  readonly status: number
  /** The CMS's own messages (from `errors[].message`), empty when the answer had none. */
  readonly messages: readonly string[]

  constructor(message: string, url: string, status: number, options?: ContentApiErrorOptions) {
    super(message, url, options)
    this.status = status
    this.messages = options?.messages ?? []
  }

  /** 5xx or 429: the CMS is (temporarily) unable to answer; a retry later may succeed. */
  get isServerError(): boolean {
    return this.status >= 500 || this.status === 429
  }
}

/** 400: the request was malformed — a bad `where`, unknown field, operator or locale, or a limit (page size, depth…). */
export class ContentBadRequestError extends ContentApiError {
  constructor(message: string, url: string, options?: ContentApiErrorOptions) {
    super(message, url, 400, options)
  }
}

/** 401: the `Authorization` header matches no valid API key (wrong, revoked, deleted or expired). */
export class ContentUnauthorizedError extends ContentApiError {
  constructor(message: string, url: string, options?: ContentApiErrorOptions) {
    super(message, url, 401, options)
  }
}

/** 403: the caller may not do this (API keys are read-only and limited to the public API). */
export class ContentForbiddenError extends ContentApiError {
  constructor(message: string, url: string, options?: ContentApiErrorOptions) {
    super(message, url, 403, options)
  }
}

/** The requested document, global or page of results does not exist (or is not published). */
export class ContentNotFoundError extends ContentApiError {
  constructor(message: string, url: string, options?: ContentApiErrorOptions) {
    super(message, url, 404, options)
  }
}

/** The CMS did not answer within the configured timeout. */
export class ContentTimeoutError extends ContentClientError {
  readonly timeoutMs: number

  constructor(url: string, timeoutMs: number, options?: ErrorOptions) {
    super(`The CMS did not answer within ${timeoutMs} ms (${url})`, url, options)
    this.timeoutMs = timeoutMs
  }
}

/** The CMS could not be reached at all (connection refused, DNS, reset…). */
export class ContentNetworkError extends ContentClientError {}

/** One entry of a GraphQL answer's `errors`. */
export interface GraphQLErrorEntry {
  message: string
  /** Where in the answer the error happened, e.g. `['Project']`. */
  path?: readonly (string | number)[]
  /** Payload adds the HTTP status it would have used, e.g. `{ statusCode: 404 }`. */
  extensions?: { statusCode?: number; [key: string]: unknown }
}

/**
 * A GraphQL answer carried `errors` (invalid query, a limit, or a field-level error such as
 * a missing document). `status` is the HTTP status of the answer: 400 for queries the CMS
 * refused as a whole, 200 when some fields failed.
 */
export class ContentGraphQLError extends ContentApiError {
  readonly errors: readonly GraphQLErrorEntry[]

  constructor(errors: readonly GraphQLErrorEntry[], url: string, status = 200) {
    const messages = errors.map((error) => error.message)
    super(`GraphQL query failed: ${messages.join('; ')}`, url, status, { messages })
    this.errors = errors
  }

  /** True when every error is a missing (or unpublished) document. */
  get isNotFound(): boolean {
    return this.errors.length > 0 && this.errors.every((error) => error.extensions?.statusCode === 404)
  }
}

/** The error class for an HTTP error status. */
export function apiErrorForStatus(status: number, message: string, url: string, options?: ContentApiErrorOptions): ContentApiError {
  switch (status) {
    case 400:
      return new ContentBadRequestError(message, url, options)
    case 401:
      return new ContentUnauthorizedError(message, url, options)
    case 403:
      return new ContentForbiddenError(message, url, options)
    case 404:
      return new ContentNotFoundError(message, url, options)
    default:
      return new ContentApiError(message, url, status, options)
  }
}

/**
 * True when the error means "the CMS is unavailable" (down, hanging, or answering 5xx),
 * as opposed to "this content does not exist" or "the request was wrong".
 */
export function isContentUnavailableError(error: unknown): boolean {
  if (error instanceof ContentTimeoutError || error instanceof ContentNetworkError) return true
  return error instanceof ContentApiError && error.isServerError
}
