import { afterEach, describe, expect, it } from '@jest/globals'

import { createConditionalCache, createContentClient } from '../src'
import { type CannedServer, page, startCannedServer } from './helpers/cannedServer'

let server: CannedServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('conditional requests', () => {
  it('sends If-None-Match with the remembered ETag and answers a 304 from the cache', async () => {
    let version = 1
    server = await startCannedServer((request) => {
      const etag = `"v${version}"`
      if (request.headers['if-none-match'] === etag) return { status: 304, headers: { etag } }
      return { json: page([{ id: version, title: `Version ${version}` }]), headers: { etag } }
    })
    const statuses: number[] = []
    const cms = createContentClient({
      baseUrl: server.baseUrl,
      conditionalCache: true,
      onOutcome: (_meta, outcome) => statuses.push(outcome.ok ? outcome.status : -1),
    })
    const first = await cms.projects.find({ locale: 'en' })
    first.docs.length = 0 // callers may mutate what they get: the cache keeps its own copy
    const second = await cms.projects.find({ locale: 'en' })
    version = 2
    const third = await cms.projects.find({ locale: 'en' })
    expect(second.docs).toEqual([{ id: 1, title: 'Version 1' }])
    expect(third.docs).toEqual([{ id: 2, title: 'Version 2' }])
    expect(server.requests.map((request) => request.headers['if-none-match'])).toEqual([undefined, '"v1"', '"v1"'])
    expect(statuses).toEqual([200, 304, 200])
  })

  it('does not send validators for private (API key) reads', async () => {
    server = await startCannedServer(() => ({ json: page([]), headers: { etag: '"x"' } }))
    const cms = createContentClient({ baseUrl: server.baseUrl, apiKey: 'service-key-0123456789', conditionalCache: true })
    await cms.projects.find()
    await cms.projects.find()
    expect(server.requests.map((request) => request.headers['if-none-match'])).toEqual([undefined, undefined])
  })

  it('the memory cache forgets the least recently used URLs first', () => {
    const cache = createConditionalCache({ maxEntries: 2 })
    cache.set('a', { etag: '"a"', body: '{}' })
    cache.set('b', { etag: '"b"', body: '{}' })
    cache.get('a')
    cache.set('c', { etag: '"c"', body: '{}' })
    expect([cache.get('a')?.etag, cache.get('b')?.etag, cache.get('c')?.etag]).toEqual(['"a"', undefined, '"c"'])
    expect(cache.size).toBe(2)
    expect(() => createConditionalCache({ maxEntries: 0 })).toThrow(RangeError)
  })
})
