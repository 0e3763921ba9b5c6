// A fixed request rate with sub-millisecond latencies, for comparing tails of a few milliseconds
// (autocannon reports whole milliseconds: at 2–5 ms one millisecond is 20–50 % of the figure).
// Open loop: request i is due at start + i / rate whether or not earlier ones have answered, and its
// latency counts from when it was due, so a stall delays (and counts against) every request behind it.
import http from 'node:http'

import { percentile } from './support.mjs'

/**
 * GETs `url` at `rate` requests a second for `seconds`, over at most `connections` kept-alive
 * connections; resolves with latency percentiles (ms, two decimals) and the failures.
 * @param {{ url: string, rate?: number, seconds?: number, connections?: number }} options
 */
export async function fixedRateLoad({ url, rate = 100, seconds = 20, connections = 10 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const latencies = []
  let errors = 0
  let non2xx = 0
  const request = (due) =>
    new Promise((resolve) => {
      const ask = http.get(url, { agent, timeout: 10_000 }, (response) => {
        response.resume()
        response.on('end', () => {
          if (response.statusCode < 200 || response.statusCode >= 300) non2xx += 1
          latencies.push(performance.now() - due)
          resolve()
        })
      })
      ask.on('timeout', () => ask.destroy(new Error('timeout')))
      ask.on('error', () => {
        errors += 1
        resolve()
      })
    })
  const count = rate * seconds
  const start = performance.now()
  const pending = []
  for (let i = 0; i < count; i += 1) {
    const due = start + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    pending.push(request(due))
  }
  await Promise.all(pending)
  agent.destroy()
  const sorted = latencies.sort((a, b) => a - b)
  const at = (p) => Math.round(percentile(sorted, p) * 100) / 100
  return { requests: count, p50: at(50), p975: at(97.5), p99: at(99), max: at(100), errors, non2xx }
}

export const describeFixedRate = (result) =>
  `${result.requests} requests, p50 ${result.p50} ms, p97.5 ${result.p975} ms, p99 ${result.p99} ms, max ${result.max} ms, ${result.errors} errors, ${result.non2xx} non-2xx`
