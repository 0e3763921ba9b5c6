import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A request the canned server received. */
export interface ReceivedRequest {
  method: string
  url: URL
  headers: IncomingMessage['headers']
  body: string
}

/** What the server answers: a status, headers and a JSON value or raw text, optionally after a delay. */
export interface CannedAnswer {
  status?: number
  headers?: Record<string, string>
  json?: unknown
  text?: string
  delayMs?: number
}

export interface CannedServer {
  baseUrl: string
  requests: ReceivedRequest[]
  close(): Promise<void>
}

/**
 * A real HTTP server on 127.0.0.1 (random port) answering with canned JSON, so the client is
 * tested over real sockets: timeouts, status codes and query strings as they travel.
 */
export async function startCannedServer(answer: (request: ReceivedRequest) => CannedAnswer): Promise<CannedServer> {
  const requests: ReceivedRequest[] = []
  const timers = new Set<NodeJS.Timeout>()
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const received: ReceivedRequest = {
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', 'http://127.0.0.1'),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      requests.push(received)
      const canned = answer(received)
      const send = () => {
        if (res.destroyed) return
        res.statusCode = canned.status ?? 200
        for (const [name, value] of Object.entries(canned.headers ?? {})) res.setHeader(name, value)
        if (canned.json !== undefined) {
          res.setHeader('content-type', 'application/json')
          res.end(JSON.stringify(canned.json))
        } else {
          res.end(canned.text ?? '')
        }
      }
      if (canned.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer)
          send()
        }, canned.delayMs)
        timers.add(timer)
      } else send()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer)
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** A Payload-shaped page of documents. */
export function page<T>(docs: T[], overrides: Partial<{ page: number; totalPages: number; totalDocs: number; limit: number }> = {}) {
  const limit = overrides.limit ?? 10
  const totalDocs = overrides.totalDocs ?? docs.length
  const totalPages = overrides.totalPages ?? Math.max(1, Math.ceil(totalDocs / limit))
  const current = overrides.page ?? 1
  return {
    docs,
    totalDocs,
    limit,
    totalPages,
    page: current,
    pagingCounter: (current - 1) * limit + 1,
    hasPrevPage: current > 1,
    hasNextPage: current < totalPages,
    prevPage: current > 1 ? current - 1 : null,
    nextPage: current < totalPages ? current + 1 : null,
  }
}
