/**
 * Readers for Payload's REST error bodies: `{ errors: [{ message, data?: { errors: [{ path, message }] } }] }`.
 * Shared by the in-process REST suite and the HTTP suite.
 */
export type ApiError = { message?: unknown; data?: { errors?: { path?: unknown; message?: unknown }[] } | unknown }

export function apiErrors(body: unknown): ApiError[] {
  const errors = (body as { errors?: unknown } | null)?.errors
  if (!Array.isArray(errors)) throw new Error(`Expected an error body with "errors", got ${JSON.stringify(body)}`)
  return errors as ApiError[]
}

/** The per-field messages of a 400 validation answer, as `{ path, message }`. */
export function fieldErrors(body: unknown): { path: string; message: string }[] {
  return apiErrors(body).flatMap((error) => {
    const nested = (error.data as { errors?: unknown } | undefined)?.errors
    if (!Array.isArray(nested)) return []
    return nested.map((each: { path?: unknown; message?: unknown }) => ({ path: String(each.path), message: String(each.message) }))
  })
}

/** The top-level messages of an error answer. */
export function errorMessages(body: unknown): string[] {
  return apiErrors(body).map((error) => String(error.message))
}
