/** The jobs queue webhook deliveries run on (see the autoRun entry in api/plugin.ts). */
export const WEBHOOK_QUEUE = 'webhooks'
export const DELIVER_WEBHOOK_TASK = 'deliverWebhook'
/** Tries per delivery: the first plus retries after 2, 4, 8 and 16 seconds (exponential backoff). */
export const WEBHOOK_MAX_ATTEMPTS = 5
export const WEBHOOK_BACKOFF_BASE_MS = 1000
/** How long a receiver may take to answer one attempt. */
export const WEBHOOK_TIMEOUT_MS = 10_000
