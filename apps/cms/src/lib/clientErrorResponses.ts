import type { AfterErrorHook } from 'payload'

import { isMissingReferenceError } from '../db/constraintErrors'

/** What Payload answers when it cannot name an error (see `formatErrors`). */
const GENERIC_MESSAGES = new Set(['An unknown error occurred.', 'Something went wrong.'])

const clientError = (message: string) => ({ status: 400, response: { errors: [{ message }] } })

/**
 * Root `afterError` hook for the REST API: errors caused by what the client sent are
 * answered 400 with a message the client can act on, instead of a 500 or a bare
 * "An unknown error occurred.".
 *
 * - Unparseable input (a `where` parameter that is not JSON, …) surfaces as a SyntaxError.
 * - A draft pointing at a document that does not exist fails in SQLite's foreign keys.
 * - Payload formats an error by its class name; the production build minifies class
 *   names, so public 4xx errors (e.g. "Missing ID of document to update.") lose their
 *   message. Their own message is public by definition, so it is restored.
 */
export const clarifyClientErrors: AfterErrorHook = ({ error, result }) => {
  if (error instanceof SyntaxError) {
    return clientError(`The request could not be parsed: ${error.message}`)
  }
  if (isMissingReferenceError(error)) {
    return clientError('A related document does not exist: check the ids of the relationships you sent.')
  }
  const status = (error as { status?: unknown }).status
  const isClientError = typeof status === 'number' && status >= 400 && status < 500
  const onlyMessage = result?.errors.length === 1 ? result.errors[0]?.message : undefined
  if (isClientError && error.message && onlyMessage !== undefined && GENERIC_MESSAGES.has(onlyMessage)) {
    return { status, response: { errors: [{ message: error.message }] } }
  }
  return undefined
}
