import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

import type { Destination } from './destination'

export type SendOutcome =
  | { kind: 'response'; status: number; body: string; durationMs: number }
  | { kind: 'network-error'; message: string; durationMs: number }

const RESPONSE_EXCERPT_BYTES = 1024

/**
 * POSTs `body` to a checked destination, connecting to the address that was checked
 * (not whatever the name resolves to now), following no redirects, within `timeoutMs`.
 * TLS still verifies the certificate against the URL's host name.
 */
export function sendRequest(destination: Destination, headers: Record<string, string>, body: string, timeoutMs: number): Promise<SendOutcome> {
  const started = Date.now()
  const pinnedLookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: destination.address, family: destination.family }])
    else callback(null, destination.address, destination.family)
  }
  const { url } = destination
  const transport = url.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    const request = transport.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        lookup: pinnedLookup,
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = []
        let received = 0
        response.on('data', (chunk: Buffer) => {
          if (received < RESPONSE_EXCERPT_BYTES) chunks.push(chunk)
          received += chunk.length
        })
        response.on('end', () => {
          const excerpt = Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_EXCERPT_BYTES)
          resolve({ kind: 'response', status: response.statusCode ?? 0, body: excerpt, durationMs: Date.now() - started })
        })
        response.on('error', (error) => resolve({ kind: 'network-error', message: error.message, durationMs: Date.now() - started }))
      },
    )
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    request.on('error', (error) => resolve({ kind: 'network-error', message: error.message, durationMs: Date.now() - started }))
    request.end(body)
  })
}
