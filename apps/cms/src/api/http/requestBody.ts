import { API_LIMITS } from '../limits'
import { ApiError } from '../errors/apiError'

export type BodyKind = 'none' | 'json' | 'form' | 'multipart' | 'other'

/** The media type of a request body, lowercased, without parameters (`charset`, `boundary`). */
export function mediaTypeOf(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? ''
}

function kindOf(mediaType: string): BodyKind {
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) return 'json'
  if (mediaType === 'application/x-www-form-urlencoded') return 'form'
  if (mediaType === 'multipart/form-data') return 'multipart'
  return 'other'
}

/** A body as the pipeline read it: once, within its limit, JSON already parsed. */
export type RequestBody = { kind: BodyKind; request: Request; text?: string; json?: unknown }

/** What a JSON body may be at the top: REST documents are objects; GraphQL also takes a batch (array). */
export type JsonTop = 'object' | 'object-or-array'

/**
 * Stages 1–3 of the pipeline for a request that may carry a body:
 * 1. size: a declared `Content-Length` over the limit is refused before anything is read
 *    (413), an undeclared length is counted while reading, uploads must declare it (411);
 * 2. content type: only the kinds the route accepts (415);
 * 3. parse once: JSON is parsed here and must be an object (or a batch, for GraphQL); the
 *    bytes are handed on as a fresh request, so Payload reads the same body.
 * Multipart uploads stream through unread.
 */
export async function readRequestBody(request: Request, accepted: readonly BodyKind[], jsonTop: JsonTop = 'object'): Promise<RequestBody> {
  const declared = request.headers.get('content-length')
  const declaredLength = declared === null ? null : Number(declared)
  if (request.body === null || declaredLength === 0) return { kind: 'none', request }

  const mediaType = mediaTypeOf(request.headers)
  const kind = kindOf(mediaType)
  const limit = kind === 'multipart' ? API_LIMITS.maxMultipartBodyBytes : API_LIMITS.maxJsonBodyBytes
  if (declaredLength !== null && (!Number.isFinite(declaredLength) || declaredLength > limit)) throw tooLarge(limit)
  const unsupported = () => {
    const expected = accepted.filter((each) => each !== 'none' && each !== 'other').map(describeKind).join(' or ')
    return new ApiError(415, `Unsupported content type "${mediaType || 'none'}": send ${expected}.`)
  }
  // A body that is declared non-empty is refused before it is read; an undeclared one once it proves non-empty.
  if (!accepted.includes(kind) && declaredLength !== null) throw unsupported()
  if (kind === 'multipart' && accepted.includes(kind)) {
    if (declaredLength === null) throw new ApiError(411, 'Uploads must declare their Content-Length.')
    return { kind, request }
  }

  const bytes = await readAtMost(request.body, limit)
  const text = new TextDecoder().decode(bytes)
  const headers = new Headers(request.headers)
  headers.set('content-length', String(bytes.byteLength))
  const rebuilt = new Request(request.url, { method: request.method, headers, body: bytes, signal: request.signal })
  if (text.trim() === '') {
    // Nothing to parse: Payload gets a request without a body rather than whitespace to choke on.
    headers.delete('content-type')
    headers.delete('content-length')
    return { kind: 'none', request: new Request(request.url, { method: request.method, headers, signal: request.signal }), text: '' }
  }
  if (!accepted.includes(kind)) throw unsupported()
  if (kind !== 'json') return { kind, request: rebuilt, text }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ApiError(400, `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json)
  if (!isObject && !(jsonTop === 'object-or-array' && Array.isArray(json))) {
    const what = json === null ? 'null' : Array.isArray(json) ? 'an array' : `a ${typeof json}`
    throw new ApiError(400, `The request body must be a JSON object, not ${what}.`)
  }
  return { kind, request: rebuilt, text, json }
}

function describeKind(kind: BodyKind): string {
  if (kind === 'json') return 'application/json'
  if (kind === 'form') return 'application/x-www-form-urlencoded'
  return 'multipart/form-data'
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, `The request body is larger than the limit of ${formatBytes(limit)}.`)
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`
}

/** Reads a stream into memory, refusing it as soon as it passes `limit` bytes. */
async function readAtMost(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel('request body over the limit')
      throw tooLarge(limit)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
