import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type ReceivedRevalidation = { headers: http.IncomingHttpHeaders; body: unknown; at: number }

/**
 * A real HTTP server on 127.0.0.1 standing in for the site's `POST /api/revalidate`:
 * it records every request and answers 200, or a given status for the next N requests
 * (to exercise retries).
 */
export type RevalidationReceiver = {
  url: string
  received: ReceivedRevalidation[]
  failNext: (count: number, status?: number) => void
  waitFor: (predicate: (request: ReceivedRevalidation) => boolean, timeoutMs?: number) => Promise<ReceivedRevalidation>
  close: () => Promise<void>
}

export async function startRevalidationReceiver(): Promise<RevalidationReceiver> {
  const received: ReceivedRevalidation[] = []
  let failures = 0
  let failureStatus = 500
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        body = { unparsable: text }
      }
      if (request.method !== 'POST' || request.url !== '/api/revalidate') {
        response.writeHead(404).end()
        return
      }
      received.push({ headers: request.headers, body, at: Date.now() })
      if (failures > 0) {
        failures -= 1
        response.writeHead(failureStatus, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: 'simulated failure' }))
        return
      }
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ revalidated: true }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    failNext: (count, status = 500) => {
      failures = count
      failureStatus = status
    },
    waitFor: async (predicate, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const match = received.find(predicate)
        if (match) return match
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      throw new Error(`No matching revalidation request within ${timeoutMs} ms; received: ${JSON.stringify(received.map((r) => r.body))}`)
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
