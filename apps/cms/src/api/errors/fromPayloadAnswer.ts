import { type ApiErrorEntry, SERVER_ERROR_MESSAGE } from './apiError'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Brings an error answer Payload built into the API's one shape `{ errors: [{ message, field? }] }`:
 * Payload answers some errors (an unknown route) with `{ message }`, validation and query
 * errors keep the failing paths in `data`; `field` names the first of them. Stack traces
 * are dropped and 5xx texts replaced by the generic message. Answers of other shapes (the
 * health check's `{ status, db }`) and successful answers pass unchanged.
 */
export async function fromPayloadAnswer(response: Response): Promise<Response> {
  if (response.status < 400) return response
  const headers = new Headers(response.headers)
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = text === '' ? undefined : JSON.parse(text)
  } catch {
    parsed = undefined // not JSON: replaced below by a JSON error with the status text
  }

  let errors: ApiErrorEntry[]
  if (isRecord(parsed) && Array.isArray(parsed.errors)) {
    errors = parsed.errors.map((entry: unknown) => toEntry(entry, response))
  } else if (isRecord(parsed) && typeof parsed.message === 'string') {
    errors = [{ message: parsed.message }]
  } else if (isRecord(parsed)) {
    return new Response(text, { status: response.status, statusText: response.statusText, headers })
  } else {
    errors = [{ message: response.statusText || `Request failed with status ${response.status}` }]
  }
  if (response.status >= 500) errors = [{ message: SERVER_ERROR_MESSAGE }]
  headers.set('content-type', 'application/json')
  headers.set('cache-control', 'private, no-store')
  headers.delete('content-length')
  return new Response(JSON.stringify({ errors }), { status: response.status, statusText: response.statusText, headers })
}

function toEntry(entry: unknown, response: Response): ApiErrorEntry {
  if (!isRecord(entry)) return { message: typeof entry === 'string' ? entry : response.statusText || 'Request failed' }
  const { stack: _stack, message, ...details } = entry
  const field = typeof details.field === 'string' ? details.field : firstPath(details.data)
  return {
    ...details,
    message: typeof message === 'string' && message !== '' ? message : response.statusText || 'Request failed',
    ...(field !== undefined ? { field } : {}),
  }
}

/** The first failing path in Payload's error data: `{ errors: [{ path }] }` (validation) or `[{ path }]` (queries). */
function firstPath(data: unknown): string | undefined {
  const list = isRecord(data) && Array.isArray(data.errors) ? data.errors : Array.isArray(data) ? data : []
  const first: unknown = list[0]
  if (isRecord(first) && typeof first.path === 'string' && first.path !== '') return first.path
  if (isRecord(first) && typeof first.field === 'string' && first.field !== '') return first.field
  return undefined
}
