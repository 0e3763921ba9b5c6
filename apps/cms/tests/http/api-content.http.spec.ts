import SwaggerParser from '@apidevtools/swagger-parser'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

import { verifyWebhookSignature } from '../../src/api/webhooks/signature'
import { adminToken, cmsUrl, http } from '../helpers/httpCms'
import { startWebhookReceiver } from '../helpers/webhookReceiver'

/**
 * The content API against the BUILT CMS in production mode (real Next.js server): HTTP
 * caching and 304s, CORS preflight, introspection and playground off, body limits,
 * the OpenAPI document checked against the seeded content, the docs page, API keys,
 * the change feed, and a webhook delivered by the jobs runner that runs with the app.
 */
const SITE_ORIGIN = 'http://localhost:3001'
let token: string

beforeAll(async () => {
  token = await adminToken()
})

const errorsOf = (body: unknown) => ((body as { errors?: { message: string }[] }).errors ?? []).map((error) => error.message)

/** The CMS's strong ETag; weak (`W/`) when the edge compressed the body, as HTTP requires. */
const API_ETAG = /^(?:W\/)?"[A-Za-z0-9_-]{43}"$/

describe('HTTP caching through the server', () => {
  it('answers conditional requests with 304 while the content is unchanged', async () => {
    const path = '/api/projects?limit=10&depth=1&locale=en'
    const first = await http('GET', path)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(API_ETAG)
    let notModified = 0
    const rounds = 50
    for (let index = 0; index < rounds; index += 1) {
      const response = await fetch(new URL(path, cmsUrl()), { headers: { 'if-none-match': String(etag) } })
      if (response.status === 304 && (await response.text()) === '') notModified += 1
    }
    console.log(`[content API] ETag revalidation: ${notModified}/${rounds} conditional GETs answered 304 without a body`)
    expect(notModified).toBe(rounds)
  })

  it('answers HEAD like GET without a body', async () => {
    const head = await fetch(new URL('/api/projects?limit=10&depth=1&locale=en', cmsUrl()), { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toMatch(API_ETAG)
    expect(await head.text()).toBe('')
  })

  it('keeps answers with credentials private', async () => {
    const response = await http('GET', '/api/projects?limit=1', { token })
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('etag')).toBeNull()
  })
})

describe('CORS and production settings', () => {
  it.each([
    ['/api/projects', 'GET'],
    ['/api/graphql', 'POST'],
    ['/api/changes', 'GET'],
  ])('preflight for %s grants the site origin only', async (path, method) => {
    const preflight = (origin: string) =>
      fetch(new URL(path, cmsUrl()), { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'authorization' } })
    const granted = await preflight(SITE_ORIGIN)
    expect(granted.status).toBe(200)
    expect(granted.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
    const refused = await preflight('https://attacker.example')
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('has GraphQL introspection and the playground switched off', async () => {
    const introspection = await http('POST', '/api/graphql', { json: { query: '{ __schema { types { name } } }' } })
    expect(introspection.status).toBe(400)
    expect(errorsOf(introspection.body).join(' ')).toMatch(/introspection is not allowed/i)
    const playground = await http('GET', '/api/graphql-playground')
    expect(playground.status).toBe(404)
  })

  it('refuses bodies over the limit before reading them', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) })
    for (const path of ['/api/projects', '/api/graphql']) {
      const response = await http('POST', path, { rawBody: big })
      expect({ path, status: response.status }).toEqual({ path, status: 413 })
      expect(errorsOf(response.body).join(' ')).toMatch(/larger than the limit of 1 MiB/)
    }
  })

  it.each([
    ['/api/projects?where=notjson', 400],
    ['/api/projects/not-an-id', 404],
    ['/api/projects?locale=xx', 400],
    ['/api/projects?limit=0', 400],
    ['/api/projects?depth=9', 400],
    ['/api/no-such-thing', 404],
  ])('answers %s with a clean %i', async (path, status) => {
    const response = await http('GET', path)
    expect(response.status).toBe(status)
    expect(errorsOf(response.body).length).toBeGreaterThan(0)
    expect(JSON.stringify(response.body)).not.toMatch(/stack|sqlite|Failed query|node_modules/i)
  })
})

describe('OpenAPI and docs', () => {
  it('serves a valid OpenAPI 3.1 document that the seeded content matches', async () => {
    const response = await http('GET', '/api/openapi.json')
    expect(response.status).toBe(200)
    const document = response.body as { openapi: string; components: { schemas: Record<string, unknown> } }
    await SwaggerParser.validate(structuredClone(document) as never)
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    ajv.addSchema({ $id: 'urn:crn:openapi', components: document.components })
    const lists: [string, string][] = [
      ['departments', 'DepartmentsList'],
      ['sections', 'SectionsList'],
      ['projects', 'ProjectsList'],
      ['biobank-facts', 'BiobankFactsList'],
      ['screening-programmes', 'ScreeningProgrammesList'],
      ['people', 'PeopleList'],
      ['key-figures', 'KeyFiguresList'],
    ]
    for (const [slug, schema] of lists) {
      for (const locale of ['nb', 'en']) {
        const page = await http('GET', `/api/${slug}?limit=100&depth=2&locale=${locale}`)
        expect((page.body as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
        const validate = ajv.getSchema(`urn:crn:openapi#/components/schemas/${schema}`)
        const valid = validate?.(page.body)
        expect({ slug, locale, errors: valid ? [] : (validate?.errors ?? []).slice(0, 3) }).toEqual({ slug, locale, errors: [] })
      }
    }
  })

  it('renders the docs page from the same document, with no external assets', async () => {
    const response = await fetch(new URL('/api-docs', cmsUrl()))
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('Kreftregisteret research content API')
    for (const path of ['/api/projects/{id}', '/api/changes', '/api/graphql', '/api/globals/navigation']) expect(html).toContain(path)
    expect(html).toContain('api-keys API-Key')
    const external = [...html.matchAll(/(?:src|href)="(https?:\/\/[^"]+)"/g)].map((match) => match[1]).filter((url) => !url?.startsWith(cmsUrl()))
    expect(external).toEqual([])
  })
})

describe('API keys and the change feed', () => {
  it('a key created by an admin reads content privately; revoked, it is refused', async () => {
    const key = `http-suite-${crypto.randomUUID()}`
    const created = await http('POST', '/api/api-keys', { token, json: { name: 'HTTP suite service', enableAPIKey: true, apiKey: key } })
    expect(created.status).toBe(201)
    const id = (created.body as { doc: { id: string } }).doc.id
    const headers = { authorization: `api-keys API-Key ${key}` }
    const read = await http('GET', '/api/projects?limit=1', { headers })
    expect(read.status).toBe(200)
    expect(read.headers.get('cache-control')).toBe('private, no-store')
    expect((await http('POST', '/api/projects', { headers, json: { title: 'x' } })).status).toBe(403)
    expect((await http('DELETE', `/api/api-keys/${id}`, { token })).status).toBe(200)
    expect((await http('GET', '/api/projects?limit=1', { headers })).status).toBe(401)
  })

  it('lists the seeded content as published in the feed', async () => {
    const feed = await http('GET', '/api/changes?since=1970-01-01&collection=projects&limit=100')
    expect(feed.status).toBe(200)
    const { docs, totalDocs } = feed.body as { docs: { kind: string; slug: { nb: string | null } }[]; totalDocs: number }
    expect(totalDocs).toBeGreaterThanOrEqual(15)
    expect(docs.every((change) => change.kind === 'published' || change.kind === 'updated' || change.kind === 'unpublished' || change.kind === 'deleted')).toBe(true)
    expect(docs.filter((change) => change.kind === 'published').length).toBeGreaterThanOrEqual(15)
  })
})

describe('webhooks with the app’s own jobs runner', () => {
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
  beforeAll(async () => {
    receiver = await startWebhookReceiver([200])
  })
  afterAll(async () => {
    await receiver.close()
  })

  it('delivers a signed event within seconds of a publish, without anyone running jobs by hand', async () => {
    const subscription = await http('POST', '/api/webhook-subscriptions', { token, json: { name: 'HTTP suite receiver', url: receiver.url, collections: ['departments'] } })
    expect(subscription.status).toBe(201)
    // The signing secret is shown once, in the answer to the save that set it (stored encrypted, masked on reads).
    const { id, secret } = (subscription.body as { doc: { id: string; secret: string } }).doc
    const started = Date.now()
    const department = await http('POST', '/api/departments', { token, json: { title: `Webhook-avdeling ${started}`, kind: 'research', _status: 'published' } })
    expect(department.status).toBe(201)
    while (receiver.received.length === 0 && Date.now() - started < 20_000) await new Promise((resolve) => setTimeout(resolve, 200))
    const latency = Date.now() - started
    console.log(`[content API] webhook delivered ${latency} ms after the publish (jobs autoRun every 2 s)`)
    expect(receiver.received).toHaveLength(1)
    const [request] = receiver.received
    const event = JSON.parse(request?.body ?? '{}') as { type: string; data: { collection: string; id: string } }
    expect(event.type).toBe('content.published')
    expect(event.data.collection).toBe('departments')
    expect(event.data.id).toBe((department.body as { doc: { id: string } }).doc.id)
    expect(
      verifyWebhookSignature({
        secret,
        body: request?.body ?? '',
        timestamp: String(request?.headers['x-crn-webhook-timestamp']),
        signature: String(request?.headers['x-crn-webhook-signature']),
      }),
    ).toBe(true)
    const log = await http('GET', `/api/webhook-deliveries?where[subscription][equals]=${id}`, { token })
    expect((log.body as { docs: { status: string }[] }).docs.map((delivery) => delivery.status)).toEqual(['succeeded'])
  })

  it('refuses a subscription to a private address', async () => {
    const response = await http('POST', '/api/webhook-subscriptions', { token, json: { name: 'Metadata', url: 'http://169.254.169.254/latest/meta-data' } })
    expect(response.status).toBe(400)
  })
})
