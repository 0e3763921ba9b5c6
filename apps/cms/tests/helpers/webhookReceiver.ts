import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type ReceivedWebhook = { headers: http.IncomingHttpHeaders; body: string; receivedAt: number }

/**
 * A real HTTP server on 127.0.0.1 that records the webhook requests it gets and answers
 * each with the next status from `statuses` (then the last one again).
 */
export async function startWebhookReceiver(statuses: number[] = [200]) {
  const received: ReceivedWebhook[] = []
  let answered = 0
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() })
      const status = statuses[Math.min(answered, statuses.length - 1)] ?? 200
      answered += 1
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'receiver says no')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/crn`,
    received,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
