import type { AfterErrorHook } from 'payload'

import { isMissingReferenceError } from '../../db/constraintErrors'

/** What Payload answers when it cannot name an error (see `formatErrors`). */
const GENERIC_MESSAGES = new Set(['An unknown error occurred.', 'Something went wrong.'])

const clientError = (message: string) => ({ status: 400, response: { errors: [{ message }] } })

const hasFieldErrors = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && Array.isArray((data as { errors?: unknown }).errors)

/**
 * Root `afterError` hook for the REST API: errors caused by what the client sent are
 * answered 400 with a message the client can act on, instead of a 500 or a bare
 * "An unknown error occurred.".
 *
 * - Unparseable input (a `where` parameter that is not JSON, …) surfaces as a SyntaxError.
 * - A relationship to a document that does not exist fails in SQLite's foreign keys
 *   where no validation ran before.
 * - Payload formats an error by its class (`instanceof`, then the class name). In the
 *   production bundle class names are minified and the check can fail, so a public 4xx
 *   error loses its message, or a validation error its per-field `data.errors`. Both are
 *   public by definition and are restored from the error itself.
 */
export const clarifyClientErrors: AfterErrorHook = ({ error, result }) => {
  if (error instanceof SyntaxError) {
    return clientError(`The request could not be parsed: ${error.message}`)
  }
  if (isMissingReferenceError(error)) {
    return clientError('A related document does not exist: check the ids of the relationships you sent.')
  }
  const status = (error as { status?: unknown }).status
  if (typeof status !== 'number' || status < 400 || status >= 500 || !error.message) return undefined
  const data = (error as { data?: unknown }).data
  const entries = result?.errors ?? []
  const lostMessage = entries.length === 1 && GENERIC_MESSAGES.has(String(entries[0]?.message))
  const lostData = typeof data === 'object' && data !== null && entries.every((entry) => entry.data === undefined)
  if (!lostMessage && !lostData) return undefined
  const entry = {
    ...(hasFieldErrors(data) ? { name: 'ValidationError' } : {}),
    ...(typeof data === 'object' && data !== null ? { data: data as Record<string, unknown> } : {}),
    message: error.message,
  }
  return { status, response: { errors: [entry] } }
}
