import { afterEach, describe, expect, it } from '@jest/globals'

import {
  ContentApiError,
  ContentNetworkError,
  ContentNotFoundError,
  ContentTimeoutError,
  createFetcher,
  isContentUnavailableError,
  type RequestMeta,
} from '../src'
import { type CannedServer, startCannedServer } from './helpers/cannedServer'

let server: CannedServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('createFetcher', () => {
  it('joins base URL and API path, sends accept JSON and parses the body', async () => {
    server = await startCannedServer(() => ({ json: { hello: 'world' } }))
    const fetcher = createFetcher({ baseUrl: `${server.baseUrl}/` })
    await expect(fetcher.json<{ hello: string }>('/departments?limit=1')).resolves.toEqual({ hello: 'world' })
    const [request] = server.requests
    expect(request?.url.pathname).toBe('/api/departments')
    expect(request?.url.search).toBe('?limit=1')
    expect(request?.headers.accept).toBe('application/json')
  })

  it('throws ContentApiError with the status on 5xx, with the CMS message', async () => {
    server = await startCannedServer(() => ({ status: 503, json: { errors: [{ message: 'database is down' }] } }))
    const fetcher = createFetcher({ baseUrl: server.baseUrl })
    const failure = fetcher.json('/projects')
    await expect(failure).rejects.toBeInstanceOf(ContentApiError)
    await expect(failure).rejects.toMatchObject({ status: 503, isServerError: true })
    await expect(failure).rejects.toThrow(/503.*database is down/)
    await failure.catch((error: unknown) => expect(isContentUnavailableError(error)).toBe(true))
  })

  it('throws ContentNotFoundError on 404 (which is not "unavailable")', async () => {
    server = await startCannedServer(() => ({ status: 404, json: { errors: [{ message: 'Not Found' }] } }))
    const fetcher = createFetcher({ baseUrl: server.baseUrl })
    const failure = fetcher.json('/projects/999')
    await expect(failure).rejects.toBeInstanceOf(ContentNotFoundError)
    await expect(failure).rejects.toMatchObject({ status: 404 })
    await failure.catch((error: unknown) => expect(isContentUnavailableError(error)).toBe(false))
  })

  it('throws ContentApiError for a 400 without treating it as an outage', async () => {
    server = await startCannedServer(() => ({ status: 400, json: { errors: [{ message: 'bad where' }] } }))
    const failure = createFetcher({ baseUrl: server.baseUrl }).json('/projects')
    await expect(failure).rejects.toMatchObject({ status: 400, isServerError: false })
  })

  it('times out slow answers with ContentTimeoutError', async () => {
    server = await startCannedServer(() => ({ json: { late: true }, delayMs: 2000 }))
    const fetcher = createFetcher({ baseUrl: server.baseUrl, timeoutMs: 150 })
    const started = Date.now()
    await expect(fetcher.json('/slow')).rejects.toBeInstanceOf(ContentTimeoutError)
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('lets one request override the timeout', async () => {
    server = await startCannedServer(() => ({ json: { ok: true }, delayMs: 300 }))
    const fetcher = createFetcher({ baseUrl: server.baseUrl, timeoutMs: 100 })
    await expect(fetcher.json('/slow', { timeoutMs: 2000 })).resolves.toEqual({ ok: true })
  })

  it('throws ContentNetworkError when nothing listens', async () => {
    server = await startCannedServer(() => ({ json: {} }))
    const { baseUrl } = server
    await server.close()
    server = undefined
    await expect(createFetcher({ baseUrl }).json('/projects')).rejects.toBeInstanceOf(ContentNetworkError)
  })

  it('throws when a 200 answer is not a JSON object (never returns empty)', async () => {
    server = await startCannedServer(() => ({ status: 200, text: '<html>proxy error page</html>' }))
    await expect(createFetcher({ baseUrl: server.baseUrl }).json('/projects')).rejects.toBeInstanceOf(ContentApiError)
  })

  it('passes tags and revalidate to the requestInit hook, which can add framework options', async () => {
    server = await startCannedServer(() => ({ json: { ok: true } }))
    const seen: { meta: RequestMeta; init: RequestInit }[] = []
    const fetcher = createFetcher({
      baseUrl: server.baseUrl,
      headers: { 'x-service': 'tests' },
      requestInit: (init, meta) => {
        const decorated = { ...init, next: { tags: [...meta.tags], revalidate: meta.revalidate } }
        seen.push({ meta, init: decorated })
        return decorated
      },
    })
    await fetcher.json('/globals/navigation', { tags: ['global:navigation'], revalidate: 60 })
    expect(seen[0]?.meta).toMatchObject({ method: 'GET', tags: ['global:navigation'], revalidate: 60 })
    expect(seen[0]?.init).toMatchObject({ next: { tags: ['global:navigation'], revalidate: 60 } })
    expect(server.requests[0]?.headers['x-service']).toBe('tests')
  })

  it('reports outcomes to onOutcome', async () => {
    server = await startCannedServer((request) => (request.url.pathname.endsWith('/ok') ? { json: {} } : { status: 500, text: 'boom' }))
    const outcomes: boolean[] = []
    const fetcher = createFetcher({ baseUrl: server.baseUrl, onOutcome: (_meta, outcome) => outcomes.push(outcome.ok) })
    await fetcher.json('/ok')
    await expect(fetcher.json('/broken')).rejects.toThrow(/500.*boom/)
    expect(outcomes).toEqual([true, false])
  })

  it('sends JSON bodies on POST', async () => {
    server = await startCannedServer((request) => ({ json: { echo: JSON.parse(request.body) as unknown } }))
    const fetcher = createFetcher({ baseUrl: server.baseUrl })
    await expect(fetcher.json('/graphql', { method: 'POST', body: { query: '{ x }' } })).resolves.toEqual({ echo: { query: '{ x }' } })
    expect(server.requests[0]?.headers['content-type']).toBe('application/json')
  })
})
