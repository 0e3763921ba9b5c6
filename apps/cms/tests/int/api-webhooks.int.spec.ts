import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { verifyWebhookSignature } from '../../src/api/webhooks/signature'
import { WEBHOOK_QUEUE } from '../../src/api/webhooks/queue'
import { ADMIN_PASSWORD, type ApiContent, createApiContent } from '../helpers/apiContent'
import { type ApiClient, apiClient, errorMessages } from '../helpers/apiClient'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { fixtures, unique } from '../helpers/fixtures'
import { startWebhookReceiver } from '../helpers/webhookReceiver'

/**
 * Webhooks end to end: an admin subscribes a real receiver (an HTTP server on 127.0.0.1,
 * allowed for this suite through WEBHOOK_ALLOWED_NETWORKS); publishing, unpublishing and
 * deleting queue signed deliveries that the jobs runner POSTs, retries with backoff and
 * logs; private destinations are refused.
 */
process.env.WEBHOOK_ALLOWED_NETWORKS = '127.0.0.0/8'

let booted: BootedPayload
let api: ApiClient
let content: ApiContent
let adminAuth: Record<string, string>

type Subscription = { id: number | string; secret: string }
type Delivery = { id: number | string; status: string; attempts: number; lastStatusCode: number | null; eventId: string; event: string; attemptLog: { outcome: string; statusCode: number | null }[] }
type WebhookEvent = { id: string; type: string; occurredAt: string; data: { collection: string; id: string; kind: string; slug: Record<string, string | null>; url: string } }

beforeAll(async () => {
  booted = await bootPayload('api-webhooks')
  api = await apiClient()
  content = await createApiContent(booted.payload)
  adminAuth = { authorization: `JWT ${await api.login(content.admin.email, ADMIN_PASSWORD)}` }
})
afterAll(async () => {
  await booted.shutdown()
})

async function subscribe(url: string, data: Record<string, unknown> = {}): Promise<Subscription> {
  const response = await api.send('/api/webhook-subscriptions', { method: 'POST', headers: adminAuth, json: { name: unique('Receiver'), url, ...data } })
  expect({ status: response.status, body: response.json }).toEqual({ status: 201, body: expect.anything() })
  // The secret is shown once, in the answer to the save that set it.
  return (response.json as { doc: Subscription }).doc
}

const runDeliveries = () => booted.payload.jobs.run({ queue: WEBHOOK_QUEUE, limit: 50 })

async function deliveriesOf(subscription: Subscription): Promise<Delivery[]> {
  const response = await api.send(`/api/webhook-deliveries?where[subscription][equals]=${subscription.id}&sort=createdAt&limit=100&depth=0`, { headers: adminAuth })
  expect(response.status).toBe(200)
  return (response.json as { docs: Delivery[] }).docs
}

describe('delivery', () => {
  it('POSTs a signed event for publish, unpublish, publish again and delete, which the receiver can verify', async () => {
    const receiver = await startWebhookReceiver([200])
    try {
      const subscription = await subscribe(receiver.url, { collections: ['projects'] })
      expect(subscription.secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/)
      const project = await fixtures(booted.payload).project({ title: unique('Varslet prosjekt'), sections: [content.section.id] })
      await booted.payload.update({ collection: 'projects', id: project.id, data: { _status: 'draft' }, overrideAccess: true })
      await booted.payload.update({ collection: 'projects', id: project.id, data: { _status: 'published' }, overrideAccess: true })
      await booted.payload.delete({ collection: 'projects', id: project.id, overrideAccess: true })
      await fixtures(booted.payload).person() // another collection: not subscribed
      await runDeliveries()

      expect(receiver.received).toHaveLength(4)
      const events = receiver.received.map((request) => JSON.parse(request.body) as WebhookEvent)
      expect(events.map((event) => event.type)).toEqual(['content.published', 'content.unpublished', 'content.published', 'content.deleted'])
      for (const [index, request] of receiver.received.entries()) {
        const event = events[index]
        expect(request.headers['content-type']).toBe('application/json')
        expect(request.headers['x-crn-webhook-event']).toBe(event?.type)
        expect(request.headers['x-crn-webhook-event-id']).toBe(event?.id)
        expect(event?.data).toEqual({
          collection: 'projects',
          id: String(project.id),
          kind: event?.type.replace('content.', ''),
          slug: { nb: project.slug, en: null },
          url: `http://localhost:3000/api/projects/${String(project.id)}`,
        })
        const verify = (secret: string, body = request.body) =>
          verifyWebhookSignature({
            secret,
            body,
            timestamp: String(request.headers['x-crn-webhook-timestamp']),
            signature: String(request.headers['x-crn-webhook-signature']),
          })
        expect(verify(subscription.secret)).toBe(true)
        expect(verify('whsec_wrong')).toBe(false)
        expect(verify(subscription.secret, request.body.replace('projects', 'pr0jects'))).toBe(false)
      }

      const log = await deliveriesOf(subscription)
      expect(log.map((delivery) => [delivery.event, delivery.status, delivery.attempts, delivery.lastStatusCode])).toEqual([
        ['published', 'succeeded', 1, 200],
        ['unpublished', 'succeeded', 1, 200],
        ['published', 'succeeded', 1, 200],
        ['deleted', 'succeeded', 1, 200],
      ])
      // The delivery is not sent twice when the runner comes round again.
      await runDeliveries()
      expect(receiver.received).toHaveLength(4)
    } finally {
      await receiver.close()
    }
  })

  it('sends only the events a subscription asked for, and nothing to inactive ones', async () => {
    const receiver = await startWebhookReceiver([204])
    const inactive = await startWebhookReceiver([204])
    try {
      await subscribe(receiver.url, { events: ['deleted'], collections: ['people'] })
      await subscribe(inactive.url, { active: false })
      const person = await fixtures(booted.payload).person()
      await booted.payload.delete({ collection: 'people', id: person.id, overrideAccess: true })
      await runDeliveries()
      expect(receiver.received.map((request) => request.headers['x-crn-webhook-event'])).toEqual(['content.deleted'])
      expect(inactive.received).toEqual([])
    } finally {
      await receiver.close()
      await inactive.close()
    }
  })

  it('retries a failed delivery with backoff and logs every attempt', async () => {
    const receiver = await startWebhookReceiver([503, 200])
    try {
      const subscription = await subscribe(receiver.url, { collections: ['key-figures'] })
      await fixtures(booted.payload).keyFigure()
      await runDeliveries()
      expect(receiver.received).toHaveLength(1)
      let [delivery] = await deliveriesOf(subscription)
      expect([delivery?.status, delivery?.attempts, delivery?.lastStatusCode]).toEqual(['retrying', 1, 503])

      // Backoff: not retried at once…
      await runDeliveries()
      expect(receiver.received).toHaveLength(1)
      // …but after the first backoff step (2 s).
      await new Promise((resolve) => setTimeout(resolve, 2_200))
      await runDeliveries()
      expect(receiver.received).toHaveLength(2)
      expect((receiver.received[1]?.receivedAt ?? 0) - (receiver.received[0]?.receivedAt ?? 0)).toBeGreaterThanOrEqual(2_000)
      ;[delivery] = await deliveriesOf(subscription)
      expect([delivery?.status, delivery?.attempts, delivery?.lastStatusCode]).toEqual(['succeeded', 2, 200])
      expect(delivery?.attemptLog.map((attempt) => attempt.statusCode)).toEqual([503, 200])
      // The same event, the same body, a fresh signature on the retry.
      expect(receiver.received[1]?.body).toBe(receiver.received[0]?.body)
      expect(receiver.received[1]?.headers['x-crn-webhook-event-id']).toBe(receiver.received[0]?.headers['x-crn-webhook-event-id'])
    } finally {
      await receiver.close()
    }
  })

  it('gives up after the last attempt and marks the delivery failed', async () => {
    const receiver = await startWebhookReceiver([500])
    try {
      const subscription = await subscribe(receiver.url, { collections: ['biobank-facts'] })
      await fixtures(booted.payload).biobankFact({ section: content.section.id })
      const [queued] = await deliveriesOf(subscription)
      // Four attempts already behind it (as if the runner had tried over the past half minute).
      await booted.payload.db.updateOne({ collection: 'webhook-deliveries', id: queued?.id ?? '', data: { attempts: 4, status: 'retrying' } })
      await runDeliveries()
      const [delivery] = await deliveriesOf(subscription)
      expect([delivery?.status, delivery?.attempts, delivery?.lastStatusCode]).toEqual(['failed', 5, 500])
      expect(receiver.received).toHaveLength(1)
    } finally {
      await receiver.close()
    }
  })
})

describe('destinations', () => {
  it.each([
    ['link-local (cloud metadata)', 'http://169.254.169.254/latest/meta-data'],
    ['a private network', 'http://10.1.2.3/hook'],
    ['a private IPv6 network', 'http://[fd00::1]/hook'],
    ['an IPv4-mapped private address', 'http://[::ffff:192.168.1.1]/hook'],
    ['not http', 'ftp://example.org/hook'],
    ['credentials in the URL', 'https://user:pass@example.org/hook'],
  ])('refuses %s when the subscription is saved', async (_label, url) => {
    const response = await api.send('/api/webhook-subscriptions', { method: 'POST', headers: adminAuth, json: { name: 'Bad', url } })
    expect(response.status).toBe(400)
    expect(errorMessages(response).join(' ')).toMatch(/url|URL/)
  })

  it('refuses a private destination at delivery time and logs why, without retrying', async () => {
    const subscription = await subscribe('http://127.0.0.1:9/never')
    // The address became private after the subscription was saved (e.g. DNS changed): only the delivery check sees it.
    await booted.payload.db.updateOne({ collection: 'webhook-subscriptions', id: subscription.id, data: { url: 'http://10.20.30.40/hook' } })
    await fixtures(booted.payload).department()
    await runDeliveries()
    const deliveries = await deliveriesOf(subscription)
    expect(deliveries.map((delivery) => delivery.status)).toEqual(['refused'])
    expect(deliveries[0]?.attemptLog[0]?.outcome).toMatch(/private, loopback, link-local or reserved/)
  })

  it('keeps signing secrets encrypted at rest: shown once after the save that set them, masked on every read, rotated by clearing', async () => {
    const { SECRET_MASK } = await import('../../src/collections/Webhooks/webhookSecret')
    const { openSecret, sealSecret } = await import('../../src/api/webhooks/secretBox')
    const subscription = await subscribe('http://127.0.0.1:9/sealed')
    expect(subscription.secret).toMatch(/^whsec_/)
    const raw = (await booted.payload.db.findOne({ collection: 'webhook-subscriptions', where: { id: { equals: subscription.id } } })) as unknown as { secret: string }
    expect(raw.secret).toMatch(/^enc:v1:/)
    expect(raw.secret).not.toContain(subscription.secret)
    expect(openSecret(raw.secret, [process.env.PAYLOAD_SECRET ?? ''])).toBe(subscription.secret)
    expect(() => openSecret(raw.secret, ['another-payload-secret'])).toThrow(/No key opens/)
    // PAYLOAD_SECRET rotation: the previous secret still opens it.
    expect(openSecret(raw.secret, ['another-payload-secret', process.env.PAYLOAD_SECRET ?? ''])).toBe(subscription.secret)

    const read = await api.send(`/api/webhook-subscriptions/${subscription.id}`, { headers: adminAuth })
    expect((read.json as Subscription).secret).toBe(SECRET_MASK)
    // Saving the form back (mask included) keeps the secret.
    const saved = await api.send(`/api/webhook-subscriptions/${subscription.id}`, { method: 'PATCH', headers: adminAuth, json: { ...(read.json as object), name: 'Renamed' } })
    expect(saved.status).toBe(200)
    const afterSave = (await booted.payload.db.findOne({ collection: 'webhook-subscriptions', where: { id: { equals: subscription.id } } })) as unknown as { secret: string }
    expect(openSecret(afterSave.secret, [process.env.PAYLOAD_SECRET ?? ''])).toBe(subscription.secret)
    // Clearing rotates: a new secret, shown once.
    const rotated = await api.send(`/api/webhook-subscriptions/${subscription.id}`, { method: 'PATCH', headers: adminAuth, json: { secret: '' } })
    const newSecret = (rotated.json as { doc: Subscription }).doc.secret
    expect(newSecret).toMatch(/^whsec_/)
    expect(newSecret).not.toBe(subscription.secret)

    // A plaintext secret from before encryption is sealed by the migration and still signs.
    const legacy = 'whsec_legacy-plaintext-secret-0123456789'
    await booted.payload.db.updateOne({ collection: 'webhook-subscriptions', id: subscription.id, data: { secret: legacy } })
    const migration = await import('../../migrations/20261129_181500_encrypt_webhook_secrets')
    await migration.up({ payload: booted.payload, req: { payload: booted.payload } } as never)
    const migrated = (await booted.payload.db.findOne({ collection: 'webhook-subscriptions', where: { id: { equals: subscription.id } } })) as unknown as { secret: string }
    expect(migrated.secret).toMatch(/^enc:v1:/)
    expect(openSecret(migrated.secret, [process.env.PAYLOAD_SECRET ?? ''])).toBe(legacy)
    expect(sealSecret(legacy, 'x')).not.toBe(sealSecret(legacy, 'x'))
  })

  it('only admins manage subscriptions and see the delivery log; secrets stay with them', async () => {
    const subscription = await subscribe('http://127.0.0.1:9/admins-only')
    const editor = await fixtures(booted.payload).user({ role: 'editor', password: ADMIN_PASSWORD })
    const editorAuth = { authorization: `JWT ${await api.login(String(editor.email), ADMIN_PASSWORD)}` }
    for (const path of ['/api/webhook-subscriptions', '/api/webhook-deliveries']) {
      for (const headers of [{}, editorAuth]) {
        const response = await api.send(path, { headers })
        expect({ path, status: response.status }).toEqual({ path, status: 403 })
        expect(response.text).not.toContain(subscription.secret)
      }
    }
    const write = await api.send('/api/webhook-deliveries', { method: 'POST', headers: adminAuth, json: { status: 'succeeded' } })
    expect(write.status).toBe(403)
  })
})
