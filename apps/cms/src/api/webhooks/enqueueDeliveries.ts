import type { PayloadRequest } from 'payload'

import { WEBHOOK_DELIVERIES_SLUG } from '../../collections/Webhooks/WebhookDeliveries'
import { WEBHOOK_SUBSCRIPTIONS_SLUG } from '../../collections/Webhooks/WebhookSubscriptions'
import { buildEvent, type ChangeForEvent } from './event'
import { DELIVER_WEBHOOK_TASK, WEBHOOK_QUEUE } from './queue'

type Subscription = { id: number | string; events?: unknown; collections?: unknown }

/**
 * For one recorded change: a delivery log entry and a queued delivery job per active
 * subscription that wants this kind of change in this collection. Runs inside the
 * save's transaction, so a rolled-back save sends nothing; the jobs runner does the
 * sending (and retrying) outside the editor's request.
 */
export async function enqueueWebhookDeliveries(req: PayloadRequest, change: ChangeForEvent): Promise<void> {
  const { docs } = await req.payload.find({
    collection: WEBHOOK_SUBSCRIPTIONS_SLUG,
    where: { active: { equals: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const subscriptions = (docs as Subscription[]).filter(
    (subscription) =>
      Array.isArray(subscription.events) &&
      subscription.events.includes(change.kind) &&
      (!Array.isArray(subscription.collections) || subscription.collections.length === 0 || subscription.collections.includes(change.collection)),
  )
  if (subscriptions.length === 0) return
  const body = JSON.stringify(buildEvent(change, `${req.payload.config.serverURL}${req.payload.config.routes.api}`))
  for (const subscription of subscriptions) {
    const delivery = await req.payload.create({
      collection: WEBHOOK_DELIVERIES_SLUG,
      data: { subscription: subscription.id, eventId: String(change.id), event: change.kind, status: 'pending', attempts: 0, body },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await req.payload.jobs.queue({ task: DELIVER_WEBHOOK_TASK, queue: WEBHOOK_QUEUE, input: { deliveryId: String(delivery.id) }, req })
  }
}
