import type { PayloadRequest, TaskConfig } from 'payload'

import { WEBHOOK_DELIVERIES_SLUG, type DeliveryStatus } from '../../collections/Webhooks/WebhookDeliveries'
import { WEBHOOK_SUBSCRIPTIONS_SLUG } from '../../collections/Webhooks/WebhookSubscriptions'
import { signingSecret, SIGNING_CONTEXT } from '../../collections/Webhooks/webhookSecret'
import { checkDestination } from './destination'
import { DELIVER_WEBHOOK_TASK, WEBHOOK_BACKOFF_BASE_MS, WEBHOOK_MAX_ATTEMPTS, WEBHOOK_TIMEOUT_MS } from './queue'
import { sendRequest } from './sendRequest'
import { signWebhook, WEBHOOK_HEADERS } from './signature'

type DeliveryDoc = {
  id: number | string
  subscription: number | string | { id: number | string }
  eventId: string
  event: string
  status: DeliveryStatus
  attempts?: number | null
  body?: string | null
  attemptLog?: { at: string; outcome: string; statusCode?: number | null; durationMs?: number | null }[] | null
}
type SubscriptionDoc = { id: number | string; url: string; secret?: string | null; active?: boolean | null }
type Attempt = { outcome: string; statusCode?: number; durationMs?: number }

const FINAL_STATUSES: readonly DeliveryStatus[] = ['succeeded', 'failed', 'refused', 'skipped']

/** Thrown to make the jobs queue retry the delivery later (exponential backoff). */
class DeliveryAttemptFailed extends Error {
  override name = 'DeliveryAttemptFailed'
}

async function saveAttempt(req: PayloadRequest, delivery: DeliveryDoc, status: DeliveryStatus, attempt: Attempt, extra: Record<string, unknown> = {}) {
  const attempts = (delivery.attempts ?? 0) + 1
  await req.payload.update({
    collection: WEBHOOK_DELIVERIES_SLUG,
    id: delivery.id,
    data: {
      status,
      attempts,
      lastStatusCode: attempt.statusCode ?? null,
      lastError: status === 'succeeded' ? null : attempt.outcome,
      attemptLog: [...(delivery.attemptLog ?? []), { at: new Date().toISOString(), ...attempt }],
      ...extra,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return attempts
}

/**
 * Sends one webhook delivery: checks the destination (no private addresses unless
 * allowed), signs the stored body with the subscription's secret and a fresh timestamp,
 * POSTs it, and logs the attempt. A 2xx answer completes it; a refused destination or
 * an inactive subscription ends it without retries; anything else is retried with
 * exponential backoff until WEBHOOK_MAX_ATTEMPTS, then marked failed.
 */
export const deliverWebhookTask: TaskConfig<{ input: { deliveryId: string }; output: { status: string } }> = {
  slug: DELIVER_WEBHOOK_TASK,
  label: 'Deliver a webhook',
  inputSchema: [{ name: 'deliveryId', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: { attempts: WEBHOOK_MAX_ATTEMPTS - 1, backoff: { type: 'exponential', delay: WEBHOOK_BACKOFF_BASE_MS } },
  handler: async ({ input, req }) => {
    const delivery = (await req.payload.findByID({
      collection: WEBHOOK_DELIVERIES_SLUG,
      id: input.deliveryId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as DeliveryDoc | null
    if (!delivery) return { output: { status: 'missing' } }
    if (FINAL_STATUSES.includes(delivery.status)) return { output: { status: delivery.status } }

    const subscriptionId = typeof delivery.subscription === 'object' ? delivery.subscription.id : delivery.subscription
    const subscription = (await req.payload.findByID({
      collection: WEBHOOK_SUBSCRIPTIONS_SLUG,
      id: subscriptionId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      // The sealed secret, opened below for signing only.
      context: { [SIGNING_CONTEXT]: true },
      req,
    })) as SubscriptionDoc | null
    if (!subscription || subscription.active !== true || !subscription.secret) {
      await saveAttempt(req, delivery, 'skipped', { outcome: 'The subscription was removed, deactivated or has no secret.' })
      return { output: { status: 'skipped' } }
    }

    const check = await checkDestination(subscription.url)
    if (!check.ok) {
      await saveAttempt(req, delivery, 'refused', { outcome: check.reason })
      req.payload.logger.warn({ delivery: delivery.id, url: subscription.url }, `Webhook refused: ${check.reason}`)
      return { output: { status: 'refused' } }
    }

    const body = delivery.body ?? '{}'
    const timestamp = Math.floor(Date.now() / 1000)
    const headers = {
      'Content-Type': 'application/json',
      'User-Agent': 'CRN-CMS-Webhooks/1',
      [WEBHOOK_HEADERS.timestamp]: String(timestamp),
      [WEBHOOK_HEADERS.signature]: signWebhook(signingSecret(subscription.secret), timestamp, body),
      [WEBHOOK_HEADERS.eventId]: delivery.eventId,
      [WEBHOOK_HEADERS.event]: `content.${delivery.event}`,
      [WEBHOOK_HEADERS.deliveryId]: String(delivery.id),
    }
    const outcome = await sendRequest(check.destination, headers, body, WEBHOOK_TIMEOUT_MS)
    const succeeded = outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300
    const attempt: Attempt =
      outcome.kind === 'response'
        ? { outcome: succeeded ? `HTTP ${outcome.status}` : `HTTP ${outcome.status}: ${outcome.body.slice(0, 200)}`, statusCode: outcome.status, durationMs: outcome.durationMs }
        : { outcome: `Network error: ${outcome.message}`, durationMs: outcome.durationMs }

    if (succeeded) {
      await saveAttempt(req, delivery, 'succeeded', attempt, { deliveredAt: new Date().toISOString() })
      return { output: { status: 'succeeded' } }
    }
    const isLastAttempt = (delivery.attempts ?? 0) + 1 >= WEBHOOK_MAX_ATTEMPTS
    await saveAttempt(req, delivery, isLastAttempt ? 'failed' : 'retrying', attempt)
    req.payload.logger.warn({ delivery: delivery.id, url: subscription.url, attempt: (delivery.attempts ?? 0) + 1 }, `Webhook attempt failed: ${attempt.outcome}`)
    if (isLastAttempt) return { output: { status: 'failed' } }
    throw new DeliveryAttemptFailed(`Delivery ${delivery.id} to ${subscription.url} failed (${attempt.outcome}); it will be retried.`)
  },
}
