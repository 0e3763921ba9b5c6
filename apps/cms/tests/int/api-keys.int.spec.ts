import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN_PASSWORD, type ApiContent, createApiContent } from '../helpers/apiContent'
import { type ApiClient, apiClient, apiKeyHeader, errorMessages } from '../helpers/apiClient'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { fixtures, unique } from '../helpers/fixtures'

/**
 * Service API keys: created, rotated and revoked by admins (here through the same REST
 * API the admin UI uses), sent as `Authorization: api-keys API-Key <key>`, read-only and
 * limited to the public surface; a preview key may read drafts.
 */
let booted: BootedPayload
let api: ApiClient
let content: ApiContent
let adminAuth: Record<string, string>

beforeAll(async () => {
  booted = await bootPayload('api-keys')
  api = await apiClient()
  content = await createApiContent(booted.payload)
  adminAuth = { authorization: `JWT ${await api.login(content.admin.email, ADMIN_PASSWORD)}` }
})
afterAll(async () => {
  await booted.shutdown()
})

/** What an admin does in the admin UI: create a key document with a generated key. */
async function createKey(data: Record<string, unknown> = {}): Promise<{ id: number | string; key: string }> {
  const key = `${unique('key')}-${crypto.randomUUID()}`
  const response = await api.send('/api/api-keys', { method: 'POST', headers: adminAuth, json: { name: unique('Service'), enableAPIKey: true, apiKey: key, ...data } })
  expect(response.status).toBe(201)
  return { id: (response.json as { doc: { id: number | string } }).doc.id, key }
}

const as = (key: string) => ({ authorization: apiKeyHeader(key) })

describe('a read key', () => {
  it('reads published content over REST and GraphQL, never drafts', async () => {
    const { key } = await createKey()
    const list = await api.send('/api/projects?depth=0&limit=100', { headers: as(key) })
    expect(list.status).toBe(200)
    const ids = (list.json as { docs: { id: unknown }[] }).docs.map((doc) => doc.id)
    expect(ids).toContain(content.project.id)
    expect(ids).not.toContain(content.draftProject.id)
    expect((await api.send(`/api/projects/${content.draftProject.id}?draft=true`, { headers: as(key) })).status).toBe(404)
    const graphql = await api.send('/api/graphql', { method: 'POST', headers: as(key), json: { query: '{ Projects(draft: true, limit: 100) { docs { id } } }' } })
    const graphIds = (graphql.json as { data: { Projects: { docs: { id: unknown }[] } } }).data.Projects.docs.map((doc) => doc.id)
    expect(graphIds).not.toContain(content.draftProject.id)
  })

  it('is held to the public limits', async () => {
    const { key } = await createKey()
    expect((await api.send('/api/projects?limit=0', { headers: as(key) })).status).toBe(400)
    expect((await api.send('/api/projects?depth=3', { headers: as(key) })).status).toBe(400)
  })

  it('cannot write, over REST or GraphQL', async () => {
    const { key } = await createKey()
    const create = await api.send('/api/projects', { method: 'POST', headers: as(key), json: { title: 'From a service' } })
    expect(create.status).toBe(403)
    expect(errorMessages(create)).toEqual([expect.stringMatching(/read-only/)])
    expect((await api.send(`/api/projects/${content.project.id}`, { method: 'PATCH', headers: as(key), json: { title: 'x' } })).status).toBe(403)
    expect((await api.send(`/api/projects/${content.project.id}`, { method: 'DELETE', headers: as(key) })).status).toBe(403)
    const mutation = await api.send('/api/graphql', { method: 'POST', headers: as(key), json: { query: `mutation { deleteProject(id: ${JSON.stringify(content.project.id)}) { id } }` } })
    expect(mutation.status).toBe(400)
    expect(errorMessages(mutation)).toEqual([expect.stringMatching(/read-only/)])
    const stillThere = await api.send(`/api/projects/${content.project.id}`)
    expect(stillThere.status).toBe(200)
  })

  it('reaches only the public surface', async () => {
    const { key } = await createKey()
    for (const path of ['/api/users', '/api/api-keys', '/api/webhook-subscriptions', '/api/webhook-deliveries', '/api/content-changes', '/api/payload-jobs', '/api/payload-locked-documents', '/api/payload-preferences/nav', '/api/users/me']) {
      const response = await api.send(path, { headers: as(key) })
      expect({ path, status: response.status }).toEqual({ path, status: 403 })
    }
    for (const path of ['/api/media', '/api/globals/navigation', '/api/changes?since=2020-01-01', '/api/openapi.json', '/api/people']) {
      expect({ path, status: (await api.send(path, { headers: as(key) })).status }).toEqual({ path, status: 200 })
    }
  })

  it('has no password login', async () => {
    const login = await api.send('/api/api-keys/login', { method: 'POST', json: { email: 'service@example.org', password: 'anything-at-all' } })
    expect(login.status).toBeGreaterThanOrEqual(400)
    expect(login.status).toBeLessThan(500)
  })
})

describe('a preview key', () => {
  it('reads drafts when it asks for them', async () => {
    const { key } = await createKey({ readDrafts: true })
    const draft = await api.send(`/api/projects/${content.draftProject.id}?draft=true&depth=0`, { headers: as(key) })
    expect(draft.status).toBe(200)
    expect((draft.json as { title: unknown }).title).toBe(content.draftProject.title)
    expect(draft.headers.get('cache-control')).toBe('private, no-store')
  })
})

describe('managing keys', () => {
  it('only admins see and manage keys; the key itself is never shown to others', async () => {
    const { key } = await createKey()
    const editor = await fixtures(booted.payload).user({ role: 'editor', password: ADMIN_PASSWORD })
    const editorAuth = { authorization: `JWT ${await api.login(String(editor.email), ADMIN_PASSWORD)}` }
    const asEditor = await api.send('/api/api-keys', { headers: editorAuth })
    expect(asEditor.status).toBe(403)
    expect(asEditor.text).not.toContain(key)
    const anonymous = await api.send('/api/api-keys')
    expect(anonymous.status).toBe(403)
    const asAdmin = await api.send('/api/api-keys?limit=100', { headers: adminAuth })
    expect(asAdmin.status).toBe(200)
  })

  it('revoking (turning the key off, or deleting it) stops it at once', async () => {
    const first = await createKey()
    expect((await api.send('/api/projects', { headers: as(first.key) })).status).toBe(200)
    const off = await api.send(`/api/api-keys/${first.id}`, { method: 'PATCH', headers: adminAuth, json: { enableAPIKey: false } })
    expect(off.status).toBe(200)
    expect((await api.send('/api/projects', { headers: as(first.key) })).status).toBe(401)

    const second = await createKey()
    expect((await api.send(`/api/api-keys/${second.id}`, { method: 'DELETE', headers: adminAuth })).status).toBe(200)
    const deleted = await api.send('/api/projects', { headers: as(second.key) })
    expect(deleted.status).toBe(401)
    expect(errorMessages(deleted)).toEqual([expect.stringMatching(/does not match/)])
  })

  it('rotation: a new key works while the old one runs out at its expiry time', async () => {
    const old = await createKey()
    const replacement = await createKey()
    await api.send(`/api/api-keys/${old.id}`, { method: 'PATCH', headers: adminAuth, json: { expiresAt: new Date(Date.now() + 60_000).toISOString() } })
    expect((await api.send('/api/projects', { headers: as(old.key) })).status).toBe(200)
    await api.send(`/api/api-keys/${old.id}`, { method: 'PATCH', headers: adminAuth, json: { expiresAt: new Date(Date.now() - 1000).toISOString() } })
    const expired = await api.send('/api/projects', { headers: as(old.key) })
    expect(expired.status).toBe(401)
    expect(errorMessages(expired)).toEqual([expect.stringMatching(/expired/)])
    expect((await api.send('/api/projects', { headers: as(replacement.key) })).status).toBe(200)
  })

  it('regenerating a key in place replaces it', async () => {
    const { id, key } = await createKey()
    const fresh = `${unique('rotated')}-${crypto.randomUUID()}`
    expect((await api.send(`/api/api-keys/${id}`, { method: 'PATCH', headers: adminAuth, json: { apiKey: fresh } })).status).toBe(200)
    expect((await api.send('/api/projects', { headers: as(key) })).status).toBe(401)
    expect((await api.send('/api/projects', { headers: as(fresh) })).status).toBe(200)
  })
})
