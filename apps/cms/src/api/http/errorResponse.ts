import type { Payload } from 'payload'

import { corsHeaders, VARY_HEADER } from './cors'

/** The one error shape of the content API: `{ "errors": [{ "message": "…" }] }`. */
export type ApiErrorBody = { errors: { message: string; [detail: string]: unknown }[] }

export function errorBody(message: string): ApiErrorBody {
  return { errors: [{ message }] }
}

/** A JSON error answer with CORS headers, never cached. */
export function errorResponse(payload: Payload, request: Request, status: number, message: string, extraHeaders?: HeadersInit): Response {
  const headers = corsHeaders(payload, request)
  headers.set('Cache-Control', 'private, no-store')
  headers.set('Vary', VARY_HEADER)
  for (const [name, value] of new Headers(extraHeaders)) headers.set(name, value)
  return Response.json(errorBody(message), { status, headers })
}

/** An error the API layer decided on before Payload saw the request. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers?: HeadersInit,
  ) {
    super(message)
    this.name = 'ApiRequestError'
  }
}
