/**
 * Wraps a Next.js route handler of the REST or GraphQL API so that a JSON body which is
 * not a JSON object is answered 400 with a clear message. Payload passes whatever
 * `JSON.parse` returns to its operations, which fail on `null` or `"text"` with a
 * TypeError (a 500), and GraphQL lets an unparseable body escape as a bare 500.
 */
export function requireJsonObjectBody<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    // Only JSON is inspected: multipart uploads stream through untouched.
    if (isJson(request)) {
      const problem = jsonObjectProblem(await request.clone().text())
      if (problem) return Response.json({ errors: [{ message: problem }] }, { status: 400 })
    }
    return handler(request, context)
  }
}

function isJson(request: Request): boolean {
  const [mediaType = ''] = (request.headers.get('content-type') ?? '').split(';', 1)
  return mediaType.trim().toLowerCase() === 'application/json'
}

/** Why `text` is not an acceptable JSON body, or null when it is (an empty body is left to Payload). */
export function jsonObjectProblem(text: string): string | null {
  if (text.trim() === '') return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return `The request body is not valid JSON: ${reason}`
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return `The request body must be a JSON object, not ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`}.`
  }
  return null
}
