import { createHmac, timingSafeEqual } from 'node:crypto'

/** Header names of a webhook request (docs/content-api.md shows how to verify them). */
export const WEBHOOK_HEADERS = {
  /** Unix time in seconds when the request was signed. */
  timestamp: 'X-CRN-Webhook-Timestamp',
  /** `v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the subscription's secret>`. */
  signature: 'X-CRN-Webhook-Signature',
  /** The event's id: the same for every subscriber and every retry (use it to drop duplicates). */
  eventId: 'X-CRN-Webhook-Event-Id',
  /** The event type, e.g. `content.published`. */
  event: 'X-CRN-Webhook-Event',
  /** This delivery's id (one per subscription and event), as shown in the admin's delivery log. */
  deliveryId: 'X-CRN-Webhook-Delivery',
} as const

/** Signature header value for `body` sent at `timestamp` (seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

/**
 * What a receiver does (docs show the same steps): recompute the signature over
 * `<timestamp>.<raw body>`, compare in constant time, and refuse old timestamps so a
 * captured request cannot be replayed later.
 */
export function verifyWebhookSignature(options: {
  secret: string
  body: string
  timestamp: string | null
  signature: string | null
  toleranceSeconds?: number
  now?: number
}): boolean {
  const { secret, body, timestamp, signature, toleranceSeconds = 300, now = Date.now() } = options
  if (timestamp === null || signature === null || !/^\d{1,12}$/.test(timestamp)) return false
  if (Math.abs(now / 1000 - Number(timestamp)) > toleranceSeconds) return false
  const expected = Buffer.from(signWebhook(secret, Number(timestamp), body))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
