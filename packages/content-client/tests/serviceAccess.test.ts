import { afterEach, describe, expect, it } from '@jest/globals'

import { ContentUsageError, createContentClient, type RequestMeta } from '../src'
import { type CannedServer, page, startCannedServer } from './helpers/cannedServer'

let server: CannedServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

const KEY = 'service-key-0123456789abcdef'

async function serve() {
  server = await startCannedServer((request) => (request.url.pathname === '/api/globals/navigation' ? { json: { id: 1, items: [] } } : { json: page([{ id: 1 }]) }))
  return server
}

describe('API keys', () => {
  it('sends no Authorization header and no draft parameter unless configured', async () => {
    const { baseUrl, requests } = await serve()
    const metas: RequestMeta[] = []
    const cms = createContentClient({ baseUrl, requestInit: (init, meta) => (metas.push(meta), init) })
    await cms.projects.find({ locale: 'en' })
    await cms.globals.navigation()
    for (const request of requests) {
      expect(request.headers.authorization).toBeUndefined()
      expect(request.url.searchParams.has('draft')).toBe(false)
    }
    expect(metas.map((meta) => meta.private)).toEqual([false, false])
  })

  it('sends the key as "api-keys API-Key <key>" on REST and GraphQL requests and marks them private', async () => {
    const { baseUrl, requests } = await startCannedServer((request) =>
      request.url.pathname === '/api/graphql' ? { json: { data: { ok: true } } } : { json: page([{ id: 1 }]) },
    ).then((started) => (server = started))
    const metas: RequestMeta[] = []
    const cms = createContentClient({ baseUrl, apiKey: KEY, requestInit: (init, meta) => (metas.push(meta), init) })
    await cms.departments.find()
    await cms.graphql('{ ok }')
    expect(requests.map((request) => request.headers.authorization)).toEqual([`api-keys API-Key ${KEY}`, `api-keys API-Key ${KEY}`])
    expect(metas.every((meta) => meta.private)).toBe(true)
  })

  it('refuses keys that cannot be right, without echoing them', () => {
    for (const apiKey of ['', 'short', 'has space in it', 'line\nbreak-0123456789']) {
      let thrown: unknown
      try {
        createContentClient({ baseUrl: 'http://127.0.0.1:9', apiKey })
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(ContentUsageError)
      if (apiKey !== '') expect(String(thrown)).not.toContain(apiKey)
    }
  })

  it('refuses an apiKey together with an Authorization header', () => {
    expect(() => createContentClient({ baseUrl: 'http://127.0.0.1:9', apiKey: KEY, headers: { Authorization: 'JWT x' } })).toThrow(ContentUsageError)
  })

  it('refuses a base URL that is not an http(s) origin', () => {
    expect(() => createContentClient({ baseUrl: 'localhost:3000' })).toThrow(ContentUsageError)
  })
})

describe('preview (drafts)', () => {
  it('refuses drafts: true without credentials', () => {
    expect(() => createContentClient({ baseUrl: 'http://127.0.0.1:9', drafts: true })).toThrow(/preview API key/)
  })

  it('refuses draft: true on a client without drafts, before sending anything', async () => {
    const { baseUrl, requests } = await serve()
    const cms = createContentClient({ baseUrl, apiKey: KEY })
    await expect(cms.projects.findById('a-project', { draft: true })).rejects.toBeInstanceOf(ContentUsageError)
    await expect(cms.globals.researchOverview({ draft: true })).rejects.toBeInstanceOf(ContentUsageError)
    expect(requests).toHaveLength(0)
  })

  it('a preview client asks for drafts on every REST read unless a read says draft: false', async () => {
    const { baseUrl, requests } = await serve()
    const cms = createContentClient({ baseUrl, apiKey: KEY, drafts: true })
    await cms.projects.find()
    await cms.projects.findBySlug('x', { locale: 'nb' })
    await cms.projects.count({ status: { equals: 'ongoing' } })
    await cms.globals.navigation()
    await cms.projects.find({ draft: false })
    expect(requests.map((request) => request.url.searchParams.get('draft'))).toEqual(['true', 'true', 'true', 'true', null])
  })
})
