import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { CONTENT_CHANGES_SLUG } from '../../collections/ContentChanges'
import { enqueueWebhookDeliveries } from '../webhooks/enqueueDeliveries'
import type { ChangeKind } from './changeKinds'
import { currentPublicState, lastRecordedKind, type PublicState, type SlugsByLocale, wasPublicAfter } from './publicState'

export type RecordedChange = {
  id: number | string
  collection: string
  documentId: string
  kind: ChangeKind
  slug: SlugsByLocale
  occurredAt: string
}

/** Context key under which beforeDelete hands the public state to afterDelete. */
const deletedStateKey = (collection: string, id: number | string) => `contentApi.deleting.${collection}.${String(id)}`

async function record(req: PayloadRequest, collection: string, id: number | string, kind: ChangeKind, slug: SlugsByLocale): Promise<void> {
  const occurredAt = new Date().toISOString()
  const created = await req.payload.create({
    collection: CONTENT_CHANGES_SLUG,
    data: { documentCollection: collection, documentId: String(id), kind, slug, occurredAt },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await enqueueWebhookDeliveries(req, { id: created.id, collection, documentId: String(id), kind, slug, occurredAt })
}

/**
 * After a save: compares what readers could see before (the last recorded change, or the
 * previous document's status when nothing was recorded yet) with what they see now (the
 * main record), and records `published`, `updated` or `unpublished`. Draft saves, including
 * autosaves over a published document, leave the public record as it was and record nothing.
 * Runs in the save's transaction: a failed save records nothing.
 */
export const recordChangeAfterSave: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  const id = (doc as { id: number | string }).id
  const now = await currentPublicState(req, collection.slug, id)
  if (!now) return doc
  const recorded = wasPublicAfter(await lastRecordedKind(req, collection.slug, id))
  const wasPublic = recorded ?? (operation === 'update' && (previousDoc as { _status?: unknown } | undefined)?._status === 'published')
  const savedPublished = (doc as { _status?: unknown })._status === 'published'

  let kind: ChangeKind | null = null
  if (now.isPublic && !wasPublic) kind = 'published'
  else if (now.isPublic && wasPublic && savedPublished) kind = 'updated'
  else if (!now.isPublic && wasPublic) kind = 'unpublished'
  if (kind) await record(req, collection.slug, id, kind, now.slug)
  return doc
}

/** Before a delete: remembers whether readers could see the document, and its slugs. */
export const rememberStateBeforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const state = await currentPublicState(req, collection.slug, id)
  if (!state) return
  const recorded = wasPublicAfter(await lastRecordedKind(req, collection.slug, id))
  const remembered: PublicState = { isPublic: recorded ?? state.isPublic, slug: state.slug }
  req.context[deletedStateKey(collection.slug, id)] = remembered
}

/** After a delete: records `deleted` when the document was public. */
export const recordChangeAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const remembered = req.context[deletedStateKey(collection.slug, id)] as PublicState | undefined
  if (remembered?.isPublic) await record(req, collection.slug, id, 'deleted', remembered.slug)
}
