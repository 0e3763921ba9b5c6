import { API_LIMITS } from '../limits'
import { ApiRequestError } from './errorResponse'

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

export type BoundedBody = { kind: BodyKind; request: Request; text?: string }

/**
 * Enforces the body limits on a request that may carry one: a declared `Content-Length`
 * over the limit is refused before anything is read (413), an undeclared length is
 * counted while reading, uploads must declare their length (411). JSON and form bodies
 * are read into memory (they are small by the limit) and handed on as a fresh request.
 */
export async function boundRequestBody(request: Request, accepted: readonly BodyKind[]): Promise<BoundedBody> {
  const declared = request.headers.get('content-length')
  const declaredLength = declared === null ? null : Number(declared)
  if (request.body === null || declaredLength === 0) return { kind: 'none', request }

  const mediaType = mediaTypeOf(request.headers)
  const kind = kindOf(mediaType)
  if (!accepted.includes(kind)) {
    const expected = accepted.filter((each) => each !== 'none' && each !== 'other').map(describeKind).join(' or ')
    throw new ApiRequestError(415, `Unsupported content type "${mediaType || 'none'}": send ${expected}.`)
  }
  const limit = kind === 'multipart' ? API_LIMITS.maxMultipartBodyBytes : API_LIMITS.maxJsonBodyBytes
  if (declaredLength !== null && (!Number.isFinite(declaredLength) || declaredLength > limit)) throw tooLarge(limit)
  if (kind === 'multipart') {
    if (declaredLength === null) throw new ApiRequestError(411, 'Uploads must declare their Content-Length.')
    return { kind, request }
  }

  const bytes = await readAtMost(request.body, limit)
  const text = new TextDecoder().decode(bytes)
  if (kind === 'json' && text.trim() !== '') {
    try {
      JSON.parse(text)
    } catch (error) {
      throw new ApiRequestError(400, `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const headers = new Headers(request.headers)
  headers.set('content-length', String(bytes.byteLength))
  const rebuilt = new Request(request.url, { method: request.method, headers, body: bytes, signal: request.signal })
  return { kind, request: rebuilt, text }
}

function describeKind(kind: BodyKind): string {
  if (kind === 'json') return 'application/json'
  if (kind === 'form') return 'application/x-www-form-urlencoded'
  return 'multipart/form-data'
}

function tooLarge(limit: number): ApiRequestError {
  return new ApiRequestError(413, `The request body is larger than the limit of ${formatBytes(limit)}.`)
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
