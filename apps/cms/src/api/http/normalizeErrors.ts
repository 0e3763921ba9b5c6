const GENERIC_SERVER_ERROR = 'Something went wrong on our side. Please try again later.'

type ErrorEntry = { message: string; [detail: string]: unknown }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Gives every API error the one shape `{ "errors": [{ "message": … }] }` (Payload answers
 * some, e.g. an unknown route, with `{ "message": … }`), drops stack traces, and keeps
 * the text of server errors generic. Answers of other shapes (the health check's
 * `{ status, db }`) and successful answers pass unchanged.
 */
export async function normalizeErrorResponse(response: Response): Promise<Response> {
  if (response.status < 400) return response
  const headers = new Headers(response.headers)
  const text = await response.text()
  const serverError = response.status >= 500
  let parsed: unknown
  try {
    parsed = text === '' ? undefined : JSON.parse(text)
  } catch {
    parsed = undefined // not JSON: replaced below by a JSON error with the status text
  }

  let errors: ErrorEntry[] | null = null
  if (isRecord(parsed) && Array.isArray(parsed.errors)) {
    errors = parsed.errors.map((entry: unknown) => toEntry(entry, response))
  } else if (isRecord(parsed) && typeof parsed.message === 'string') {
    errors = [{ message: parsed.message }]
  } else if (isRecord(parsed)) {
    return new Response(text, { status: response.status, statusText: response.statusText, headers })
  } else {
    errors = [{ message: response.statusText || `Request failed with status ${response.status}` }]
  }
  if (serverError) errors = [{ message: GENERIC_SERVER_ERROR }]
  headers.set('content-type', 'application/json')
  headers.delete('content-length')
  return new Response(JSON.stringify({ errors }), { status: response.status, statusText: response.statusText, headers })
}

function toEntry(entry: unknown, response: Response): ErrorEntry {
  if (!isRecord(entry)) return { message: typeof entry === 'string' ? entry : response.statusText || 'Request failed' }
  const { stack: _stack, message, ...details } = entry
  return { ...details, message: typeof message === 'string' && message !== '' ? message : response.statusText || 'Request failed' }
}
