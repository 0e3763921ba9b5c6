/**
 * Errors thrown by the content client. Every failure throws (never an empty result), so a
 * cache in front of the client never stores "nothing" in place of the last good content.
 */

/** Base class: anything the content client could not deliver. */
export class ContentClientError extends Error {
  /** The request URL (without credentials) the error belongs to. */
  readonly url: string

  constructor(message: string, url: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.url = url
  }
}

/** The CMS answered with a non-success HTTP status (or a body that is not the JSON we expect). */
export class ContentApiError extends ContentClientError {
  readonly status: number

  constructor(message: string, url: string, status: number, options?: { cause?: unknown }) {
    super(message, url, options)
    this.status = status
  }

  /** 5xx or 429: the CMS is (temporarily) unable to answer; a retry later may succeed. */
  get isServerError(): boolean {
    return this.status >= 500 || this.status === 429
  }
}

/** The requested document, global or page of results does not exist (or is not published). */
export class ContentNotFoundError extends ContentApiError {
  constructor(message: string, url: string, options?: { cause?: unknown }) {
    super(message, url, 404, options)
  }
}

/** The CMS did not answer within the configured timeout. */
export class ContentTimeoutError extends ContentClientError {
  readonly timeoutMs: number

  constructor(url: string, timeoutMs: number, options?: { cause?: unknown }) {
    super(`The CMS did not answer within ${timeoutMs} ms (${url})`, url, options)
    this.timeoutMs = timeoutMs
  }
}

/** The CMS could not be reached at all (connection refused, DNS, reset…). */
export class ContentNetworkError extends ContentClientError {}

/** A GraphQL response carried `errors`. */
export class ContentGraphQLError extends ContentClientError {
  readonly messages: string[]

  constructor(messages: string[], url: string) {
    super(`GraphQL query failed: ${messages.join('; ')}`, url)
    this.messages = messages
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
