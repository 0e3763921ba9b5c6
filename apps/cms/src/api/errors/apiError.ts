import type { Payload } from 'payload'

import { corsHeaders, VARY_HEADER } from '../http/cors'

/** One entry of an error answer: what went wrong and, when one input is to blame, which (`field`: a query or body path). */
export type ApiErrorEntry = { message: string; field?: string; [detail: string]: unknown }

/** The one error shape of the content API: `{ "errors": [{ "message": "…", "field"?: "…" }] }`. */
export type ApiErrorBody = { errors: ApiErrorEntry[] }

/** What every 5xx says: server faults are logged, never described to the client. */
export const SERVER_ERROR_MESSAGE = 'Something went wrong on our side. Please try again later.'

/**
 * An error the API decides on itself (limits, bad input, access), thrown by any stage of
 * the request pipeline and turned into an answer by `apiErrorResponse`. Import it from
 * here wherever a request must be refused, e.g. `throw badRequest('…', 'title')`.
 */
export class ApiError extends Error {
  readonly errors: ApiErrorEntry[]

  constructor(
    readonly status: number,
    message: string,
    options: { field?: string; errors?: ApiErrorEntry[]; headers?: HeadersInit } = {},
  ) {
    super(message)
    this.name = 'ApiError'
    this.errors = options.errors ?? [{ message, ...(options.field !== undefined ? { field: options.field } : {}) }]
    this.headers = options.headers
  }

  readonly headers: HeadersInit | undefined
}

/** 400 naming the input at fault. */
export const badRequest = (message: string, field?: string) => new ApiError(400, message, { field })

/**
 * The one error constructor: a JSON error answer in the API's shape, with the CORS headers
 * of the request's origin, `Vary`, and never cached.
 */
export function apiErrorResponse(payload: Payload, request: Request, status: number, errors: ApiErrorEntry[], extraHeaders?: HeadersInit): Response {
  const headers = corsHeaders(payload, request)
  headers.set('Cache-Control', 'private, no-store')
  headers.set('Vary', VARY_HEADER)
  for (const [name, value] of new Headers(extraHeaders)) headers.set(name, value)
  const body: ApiErrorBody = { errors: status >= 500 ? [{ message: SERVER_ERROR_MESSAGE }] : errors }
  return Response.json(body, { status, headers })
}

/** The answer for anything thrown in the pipeline: an `ApiError` as it says, anything else a logged 500. */
export function answerForThrown(payload: Payload, request: Request, error: unknown): Response {
  if (error instanceof ApiError) return apiErrorResponse(payload, request, error.status, error.errors, error.headers)
  payload.logger.error({ err: error, msg: `Content API: unexpected error on ${request.method} ${request.url}` })
  return apiErrorResponse(payload, request, 500, [])
}
