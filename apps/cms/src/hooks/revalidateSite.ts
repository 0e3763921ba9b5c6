import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import type { ContentCollectionSlug, GlobalSlug } from '@crn/content-client'

import { REVALIDATE_QUEUE, REVALIDATE_TASK, type RevalidateInput } from '../jobs/revalidateSite'
import { tagsForDocumentChange, tagsForGlobalChange, tagsForMediaChange } from '../lib/revalidation/affectedTags'

/**
 * Publishing reaches the site: after a change that readers can see (publish, unpublish,
 * an update of a published document, a delete) the hooks below queue a `revalidateSite`
 * job with the cache tags it affects. The job is queued inside the same transaction as
 * the change, so it exists exactly when the change was committed, and the jobs runner
 * (every second, see editorialJobs) sends it to the site with retries.
 *
 * Skipped when `context.disableRevalidate` is set (seeding, bulk imports) and for draft
 * saves, which change nothing public.
 */

/** Request context key: the current write is a draft save (set before the operation, read after). */
export const DRAFT_SAVE_CONTEXT = 'crnDraftSave'

type WriteArgs = { draft?: boolean; data?: { _status?: unknown } }

/** Records whether a write only saves a draft; hooks after the change do not see the `draft` flag. */
export const markDraftSave: CollectionBeforeOperationHook = ({ args, context, operation }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') return
  const { draft, data } = args as WriteArgs
  context[DRAFT_SAVE_CONTEXT] = draft === true && data?._status !== 'published'
}

async function queueRevalidation(req: PayloadRequest, tags: string[], reason: string): Promise<void> {
  if (tags.length === 0) return
  const input: RevalidateInput = { tags, reason }
  await req.payload.jobs.queue({ task: REVALIDATE_TASK, queue: REVALIDATE_QUEUE, input, req })
}

/** Media files and sources (cited by figures on many pages) refresh everything; documents their own tags. */
function tagsFor(slug: string, doc: Record<string, unknown>, previousDoc?: Record<string, unknown>): string[] {
  return slug === 'media' || slug === 'sources' ? tagsForMediaChange() : tagsForDocumentChange(slug as ContentCollectionSlug, doc, previousDoc)
}

export const revalidateAfterChange: CollectionAfterChangeHook = async ({ collection, context, doc, operation, previousDoc, req }) => {
  if (context.disableRevalidate || context[DRAFT_SAVE_CONTEXT] === true) return doc
  const record = doc as Record<string, unknown>
  await queueRevalidation(req, tagsFor(collection.slug, record, previousDoc), `${operation} ${collection.slug} ${String(record.id)} (${String(record._status ?? 'saved')})`)
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({ collection, context, doc, id, req }) => {
  if (context.disableRevalidate) return doc
  await queueRevalidation(req, tagsFor(collection.slug, doc as Record<string, unknown>), `delete ${collection.slug} ${String(id)}`)
  return doc
}

/** Globals: a draft save of a versioned global changes nothing public. */
export const revalidateGlobalAfterChange: GlobalAfterChangeHook = async ({ context, doc, global, req }) => {
  if (context.disableRevalidate) return doc
  if ((doc as { _status?: unknown })._status === 'draft') return doc
  await queueRevalidation(req, tagsForGlobalChange(global.slug as GlobalSlug), `update global ${global.slug}`)
  return doc
}
