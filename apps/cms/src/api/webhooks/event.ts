import type { ChangeKind } from '../changes/changeKinds'
import { eventType } from '../changes/changeKinds'
import type { SlugsByLocale } from '../changes/publicState'

export type ChangeForEvent = {
  id: number | string
  collection: string
  documentId: string
  kind: ChangeKind
  slug: SlugsByLocale
  occurredAt: string
}

/**
 * The JSON body of a webhook request. `id` is the change's id in the feed (the same
 * event for every subscriber); `data.url` is where to read the document (404 after
 * `unpublished` and `deleted`).
 */
export type WebhookEvent = {
  id: string
  type: string
  occurredAt: string
  data: { collection: string; id: string; kind: ChangeKind; slug: SlugsByLocale; url: string }
}

export function buildEvent(change: ChangeForEvent, apiBaseUrl: string): WebhookEvent {
  return {
    id: String(change.id),
    type: eventType(change.kind),
    occurredAt: change.occurredAt,
    data: {
      collection: change.collection,
      id: change.documentId,
      kind: change.kind,
      slug: change.slug,
      url: `${apiBaseUrl}/${change.collection}/${encodeURIComponent(change.documentId)}`,
    },
  }
}
