import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { ContentClientError, createFetcher } from '@crn/content-client'

import { CmsMarkedDownError, showsCmsOutage } from '@/lib/cmsAvailability'

/**
 * What counts as "the CMS is down" for the site's fail-fast: real reads through the content
 * client's fetcher against a real HTTP server that is slow, failing or gone.
 */
let server: Server
let origin: string
let closedOrigin: string

beforeAll(async () => {
  server = createServer((request, response) => {
    const status = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('status') ?? 200)
    const delay = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('delay') ?? 0)
    setTimeout(() => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(status === 200 ? { ok: true } : { errors: [{ message: 'failed' }] }))
    }, delay)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // A port that was just free: nothing listens there.
  const gone = createServer()
  await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve))
  closedOrigin = `http://127.0.0.1:${(gone.address() as AddressInfo).port}`
  await new Promise((resolve) => gone.close(resolve))
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

async function failureOf(read: Promise<unknown>): Promise<ContentClientError> {
  const error = await read.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  if (!(error instanceof ContentClientError)) throw new Error(`expected a content client error, got ${String(error)}`)
  return error
}

describe('showsCmsOutage', () => {
  it('counts an unreachable CMS and a gateway’s 502/503/504 as an outage', async () => {
    expect(showsCmsOutage(await failureOf(createFetcher({ baseUrl: closedOrigin }).json('/projects')))).toBe(true)
    for (const status of [502, 503, 504]) {
      expect(showsCmsOutage(await failureOf(createFetcher({ baseUrl: origin }).json(`/projects?status=${status}`)))).toBe(true)
    }
  })

  it('does not count a slow answer (timeout), a 500 for one request or a 4xx', async () => {
    const slow = await failureOf(createFetcher({ baseUrl: origin, timeoutMs: 100 }).json('/projects?delay=1000'))
    expect(slow.name).toBe('ContentTimeoutError')
    expect(showsCmsOutage(slow)).toBe(false)
    for (const status of [500, 404, 400]) {
      expect(showsCmsOutage(await failureOf(createFetcher({ baseUrl: origin }).json(`/projects?status=${status}`)))).toBe(false)
    }
  })

  it('does not count a read the guard itself cut short (else the CMS would stay "down" while visitors keep coming)', async () => {
    const guarded = createFetcher({
      baseUrl: origin,
      requestInit: (init) => ({ ...init, signal: AbortSignal.any([init.signal ?? new AbortController().signal, AbortSignal.abort(new CmsMarkedDownError())]) }),
    })
    const cutShort = await failureOf(guarded.json('/projects'))
    expect(cutShort.cause).toBeInstanceOf(CmsMarkedDownError)
    expect(showsCmsOutage(cutShort)).toBe(false)
  })
})
