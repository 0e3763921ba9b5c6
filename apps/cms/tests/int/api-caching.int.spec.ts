import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN_PASSWORD, type ApiContent, createApiContent } from '../helpers/apiContent'
import { type ApiClient, apiClient, apiKeyHeader } from '../helpers/apiClient'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'

/**
 * HTTP caching and CORS of the content API: public reads are cacheable with a strong
 * ETag and answer 304 to If-None-Match; anything with credentials or drafts is private;
 * the CORS allowlist grants the site's origin (the default) and nobody else.
 */
let booted: BootedPayload
let api: ApiClient
let content: ApiContent
let serviceKey: string
const SITE_ORIGIN = 'http://localhost:3001'
const STRANGER_ORIGIN = 'https://evil.example'

beforeAll(async () => {
  booted = await bootPayload('api-caching')
  api = await apiClient()
  content = await createApiContent(booted.payload)
  serviceKey = `caching-key-${Date.now()}`
  await booted.payload.create({ collection: 'api-keys', data: { name: 'Caching test', enableAPIKey: true, apiKey: serviceKey }, overrideAccess: true })
})
afterAll(async () => {
  await booted.shutdown()
})

const PUBLIC_CACHE = /^public, max-age=\d+, stale-while-revalidate=\d+$/

describe('public reads', () => {
  it.each(['/api/projects?depth=1', `/api/projects/{project}`, '/api/globals/navigation', '/api/changes?since=2000-01-01', '/api/openapi.json'])(
    '%s: public Cache-Control, strong ETag, 304 on If-None-Match',
    async (template) => {
      const path = template.replace('{project}', String(content.project.id))
      const first = await api.send(path)
      expect(first.status).toBe(200)
      expect(first.headers.get('cache-control')).toMatch(PUBLIC_CACHE)
      const etag = first.headers.get('etag')
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
      expect(first.headers.get('vary')).toContain('Origin')

      const second = await api.send(path, { headers: { 'if-none-match': String(etag) } })
      expect(second.status).toBe(304)
      expect(second.text).toBe('')
      expect(second.headers.get('etag')).toBe(etag)
      expect(second.headers.get('cache-control')).toMatch(PUBLIC_CACHE)
      // Weak comparison (RFC 9110): W/"x" matches "x"; lists and * match too.
      expect((await api.send(path, { headers: { 'if-none-match': `W/${String(etag)}` } })).status).toBe(304)
      expect((await api.send(path, { headers: { 'if-none-match': `"other", ${String(etag)}` } })).status).toBe(304)
      expect((await api.send(path, { headers: { 'if-none-match': '"something-else"' } })).status).toBe(200)
    },
  )

  it('HEAD answers like GET without a body: same status, caching headers and ETag', async () => {
    const path = `/api/projects/${content.project.id}?depth=1`
    const get = await api.send(path)
    const head = await api.send(path, { method: 'HEAD' })
    expect([head.status, head.text]).toEqual([200, ''])
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
    expect(head.headers.get('cache-control')).toMatch(PUBLIC_CACHE)
    expect((await api.send(path, { method: 'HEAD', headers: { 'if-none-match': String(get.headers.get('etag')) } })).status).toBe(304)
    const missing = await api.send('/api/projects/987654', { method: 'HEAD' })
    expect([missing.status, missing.text]).toEqual([404, ''])
  })

  it('a changed document gets a new ETag, and the old one no longer answers 304', async () => {
    const path = `/api/projects/${content.project.id}?depth=0`
    const before = await api.send(path)
    const etag = String(before.headers.get('etag'))
    await booted.payload.update({ collection: 'projects', id: content.project.id, data: { acronym: 'CHANGED', _status: 'published' }, overrideAccess: true })
    const after = await api.send(path, { headers: { 'if-none-match': etag } })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
    expect((after.json as { acronym: string }).acronym).toBe('CHANGED')
  })

  it('GraphQL queries over GET are cacheable for anonymous readers; POST is not', async () => {
    const path = `/api/graphql?query=${encodeURIComponent('{ Projects(limit: 5) { totalDocs docs { title } } }')}`
    const first = await api.send(path)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toMatch(PUBLIC_CACHE)
    expect((await api.send(path, { headers: { 'if-none-match': String(first.headers.get('etag')) } })).status).toBe(304)
    const post = await api.graphql('{ Projects(limit: 5) { totalDocs } }')
    expect(post.headers.get('cache-control')).toBe('private, no-store')
    expect(post.headers.get('etag')).toBeNull()
  })
})

describe('private answers', () => {
  it('a signed-in editor, an API key and draft=true get private, no-store without an ETag', async () => {
    const token = await api.login(content.admin.email, ADMIN_PASSWORD)
    const variants: [string, string, Record<string, string>][] = [
      ['editor', '/api/projects', { authorization: `JWT ${token}` }],
      ['editor cookie', '/api/projects', { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }],
      ['cookie Payload ignores (cross-site)', '/api/projects', { cookie: `payload-token=${token}` }],
      ['API key', '/api/projects', { authorization: apiKeyHeader(serviceKey) }],
      ['draft', '/api/projects?draft=true', {}],
      ['GraphQL GET with a key', `/api/graphql?query=${encodeURIComponent('{ Projects { totalDocs } }')}`, { authorization: apiKeyHeader(serviceKey) }],
    ]
    for (const [who, path, headers] of variants) {
      const response = await api.send(path, { headers })
      expect({ who, status: response.status, cacheControl: response.headers.get('cache-control'), etag: response.headers.get('etag') }).toEqual({
        who,
        status: 200,
        cacheControl: 'private, no-store',
        etag: null,
      })
    }
  })

  it('errors and writes are never cached', async () => {
    expect((await api.send('/api/projects/987654')).headers.get('cache-control')).toBe('private, no-store')
    expect((await api.send('/api/projects?limit=0')).headers.get('cache-control')).toBe('private, no-store')
    const login = await api.send('/api/users/login', { method: 'POST', json: { email: content.admin.email, password: ADMIN_PASSWORD } })
    expect(login.headers.get('cache-control')).toBe('private, no-store')
  })
})

describe('CORS', () => {
  it('grants the site origin (the default allowlist) on REST, GraphQL and custom endpoints', async () => {
    for (const path of ['/api/projects', '/api/changes?since=2020-01-01', '/api/openapi.json']) {
      const response = await api.send(path, { headers: { origin: SITE_ORIGIN } })
      expect({ path, allow: response.headers.get('access-control-allow-origin') }).toEqual({ path, allow: SITE_ORIGIN })
    }
    const graphql = await api.send('/api/graphql', { method: 'POST', json: { query: '{ Projects { totalDocs } }' }, headers: { origin: SITE_ORIGIN } })
    expect(graphql.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
    const refused = await api.send('/api/projects?limit=0', { headers: { origin: SITE_ORIGIN } })
    expect(refused.status).toBe(400)
    expect(refused.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
  })

  it.each(['/api/projects', '/api/graphql', '/api/changes', '/api/openapi.json', `/api/projects/{project}`])('answers the preflight for %s', async (template) => {
    const path = template.replace('{project}', String(content.project.id))
    const preflight = (origin: string) =>
      api.send(path, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': path === '/api/graphql' ? 'POST' : 'GET', 'access-control-request-headers': 'authorization, content-type' },
      })
    const granted = await preflight(SITE_ORIGIN)
    expect(granted.status).toBe(200)
    expect(granted.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
    expect(granted.headers.get('access-control-allow-methods')).toContain(path === '/api/graphql' ? 'POST' : 'GET')
    expect(granted.headers.get('access-control-allow-headers')).toMatch(/Authorization/i)
    const stranger = await preflight(STRANGER_ORIGIN)
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull()
    expect(stranger.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('gives unknown origins no grant on answers either', async () => {
    for (const path of ['/api/projects', '/api/changes?since=2020-01-01', '/api/projects?limit=0']) {
      const response = await api.send(path, { headers: { origin: STRANGER_ORIGIN } })
      expect({ path, allow: response.headers.get('access-control-allow-origin') }).toEqual({ path, allow: null })
    }
  })
})
