import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, SanitizedConfig } from 'payload'

import { ADMIN_PASSWORD, type ApiContent, createApiContent } from '../helpers/apiContent'
import { apiClient } from '../helpers/apiClient'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'

/**
 * Upstream pins: each workaround in the content API's pipeline for a Payload bug has a test
 * here that calls Payload directly — its route handlers without our pipeline, or its
 * database adapter below our hooks — and asserts the bug is still there. When one of these
 * fails after a Payload upgrade, the bug is fixed: delete the workaround named in the test.
 */
type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let booted: BootedPayload
let payload: Payload
let content: ApiContent
let token: string
let routes: { GET: Handler; POST: Handler; GRAPHQL: Handler }

beforeAll(async () => {
  booted = await bootPayload('upstream-pins')
  payload = booted.payload
  content = await createApiContent(payload)
  token = await (await apiClient()).login(content.admin.email, ADMIN_PASSWORD)
  const { default: config } = (await import('../../src/payload.config')) as { default: Promise<SanitizedConfig> }
  const next = await import('@payloadcms/next/routes')
  routes = { GET: next.REST_GET(config) as Handler, POST: next.REST_POST(config) as Handler, GRAPHQL: next.GRAPHQL_POST(config) as unknown as Handler }
})
afterAll(async () => {
  await booted.shutdown()
})

/** Payload's own REST handler, without the pipeline. */
async function unwrapped(handler: Handler, path: string, init: RequestInit = {}): Promise<Response> {
  const url = new URL(path, 'http://localhost:3000')
  const slug = url.pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean)
  return handler(new Request(url, init), { params: Promise.resolve({ slug }) })
}

/** Runs `action` and returns what it threw (fails the test when it did not throw). */
async function thrown(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action()
  } catch (error) {
    return error
  }
  throw new Error('Expected Payload to fail here: the upstream bug looks fixed, remove its workaround.')
}

const status = (error: unknown) => (error as { status?: unknown }).status

describe('upstream bugs our pipeline works around (remove the workaround when a pin fails)', () => {
  it('the SQL adapter binds an object from a where value and the driver fails (workaround: whereShape.shapeProblem)', async () => {
    const error = await thrown(() => payload.db.find({ collection: 'projects', where: { title: { equals: { x: '1' } } }, limit: 1, locale: 'nb' } as never))
    expect(status(error)).not.toBe(400)
  })

  it('the SQL adapter has no "all" operator and fails with a TypeError (workaround: whereShape.supportedOperators)', async () => {
    const error = await thrown(() => payload.db.find({ collection: 'projects', where: { startYear: { all: [1] } }, limit: 1 } as never))
    expect(error).toBeInstanceOf(TypeError)
  })

  it('row ids copied from another document are written as given and collide (workaround: freshCopies.createAsFreshCopy)', async () => {
    const source = await payload.update({ collection: 'projects', id: content.project.id, data: { partners: [{ name: 'Partner' }] }, depth: 0 })
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = source as unknown as Record<string, unknown>
    const error = await thrown(() => payload.db.create({ collection: 'projects', data: { ...copy, slug: `pin-${Date.now()}` } } as never))
    expect(status(error)).not.toBe(400)
  })

  it('a create without a document fails with a TypeError, a 500 (workaround: contentApiRoute.requireDocumentBody)', async () => {
    const response = await unwrapped(routes.POST, '/api/projects', { method: 'POST', headers: { Authorization: `JWT ${token}` } })
    expect(response.status).toBe(500)
  })

  it('a signed-in create with a text/plain body fails with a 500 (workaround: the content-type stage)', async () => {
    const response = await unwrapped(routes.POST, '/api/projects', { method: 'POST', headers: { Authorization: `JWT ${token}`, 'Content-Type': 'text/plain' }, body: 'hello' })
    expect(response.status).toBe(500)
  })

  it('the e-mail verification route fails with a 500 where verification is off (workaround: refuseDisabledVerification)', async () => {
    const response = await unwrapped(routes.POST, '/api/users/verify/abc', { method: 'POST' })
    expect(response.status).toBe(500)
  })

  it('the migrations collection answers 501 over REST (workaround: 404 in the access stage)', async () => {
    const response = await unwrapped(routes.GET, '/api/payload-migrations', { headers: { Authorization: `JWT ${token}` } })
    expect(response.status).toBe(501)
  })

  it('draft=true hides a published document that has a newer draft from readers (workaround: the draft flag is dropped for them)', async () => {
    await payload.update({ collection: 'projects', id: content.project.id, data: { title: 'Nyere utkast' }, draft: true })
    const response = await unwrapped(routes.GET, `/api/projects?draft=true&where[id][equals]=${content.project.id}`)
    const body = (await response.json()) as { docs?: unknown[] }
    expect(body.docs).toEqual([])
  })

  it('graphql-http answers a request that fails as a whole with 200 (workaround: graphqlRequest.asRequestFailure)', async () => {
    const response = await unwrapped(routes.GRAPHQL, '/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { data?: unknown }).data).toBeUndefined()
  })
})
