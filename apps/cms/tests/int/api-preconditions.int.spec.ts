import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN_PASSWORD, type ApiContent, createApiContent } from '../helpers/apiContent'
import { type ApiClient, apiClient } from '../helpers/apiClient'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'

/**
 * No lost update: two editors who read the same version and both save it get one success
 * and one 409 naming `updatedAt`, never a silent overwrite (If-Match: "<updatedAt>").
 */
let booted: BootedPayload
let api: ApiClient
let content: ApiContent
let auth: Record<string, string>

beforeAll(async () => {
  booted = await bootPayload('api-preconditions')
  api = await apiClient()
  content = await createApiContent(booted.payload)
  auth = { Authorization: `JWT ${await api.login(content.admin.email, ADMIN_PASSWORD)}` }
})
afterAll(async () => {
  await booted.shutdown()
})

const read = async (id: number | string) => (await api.send(`/api/projects/${id}?depth=0&draft=true`, { headers: auth })).json as { updatedAt: string; lead: string | null }

describe('conditional writes (If-Match)', () => {
  it('two editors saving the version they both read: one wins, the other gets 409', async () => {
    const { updatedAt } = await read(content.project.id)
    const save = (lead: string) =>
      api.send(`/api/projects/${content.project.id}?draft=true`, { method: 'PATCH', headers: { ...auth, 'If-Match': `"${updatedAt}"` }, json: { lead } })
    const [first, second] = await Promise.all([save('Redaktør A'), save('Redaktør B')])
    expect([first.status, second.status].sort()).toEqual([200, 409])
    const loser = first.status === 409 ? first : second
    expect((loser.json as { errors: { field?: string; message: string }[] }).errors[0]).toMatchObject({ field: 'updatedAt', message: expect.stringMatching(/changed since you read it/) })
    const winner = first.status === 200 ? 'Redaktør A' : 'Redaktør B'
    expect((await read(content.project.id)).lead).toBe(winner)
  })

  it('a stale version is refused and stores nothing; the current one is applied', async () => {
    const before = await read(content.project.id)
    const stale = await api.send(`/api/projects/${content.project.id}?draft=true`, { method: 'PATCH', headers: { ...auth, 'If-Match': '"2001-01-01T00:00:00.000Z"' }, json: { lead: 'Utdatert' } })
    expect(stale.status).toBe(409)
    expect(await read(content.project.id)).toEqual(before)
    const current = await api.send(`/api/projects/${content.project.id}?draft=true`, { method: 'PATCH', headers: { ...auth, 'If-Match': `W/"${before.updatedAt}"` }, json: { lead: 'Oppdatert' } })
    expect(current.status).toBe(200)
  })

  it('tells anonymous callers nothing about the document', async () => {
    const anonymous = await api.send(`/api/projects/${content.project.id}`, { method: 'PATCH', headers: { 'If-Match': '"x"' }, json: { lead: 'x' } })
    expect(anonymous.status).toBe(403)
  })
})
