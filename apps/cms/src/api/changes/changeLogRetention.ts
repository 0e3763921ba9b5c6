import type { Payload, PayloadRequest } from 'payload'

import { CONTENT_CHANGES_SLUG } from '../../collections/ContentChanges'

/**
 * How far back the change log is complete. Pruning records the instant before which entries
 * were removed (in Payload's key-value store, both adapters) *before* removing them, so a
 * consumer is told to resync (410) rather than silently missing changes; a log that was never
 * pruned answers every `since`, including 1970-01-01.
 */
const PRUNED_BEFORE_KEY = 'content-changes:pruned-before'

const DAY_MS = 86_400_000

/** The instant before which changes may be missing, or null when the log is complete. */
export async function changeLogPrunedBefore(payload: Payload): Promise<Date | null> {
  const value = await payload.kv.get<{ at: string }>(PRUNED_BEFORE_KEY)
  return value ? new Date(value.at) : null
}

/** Removes entries older than `retentionDays`; returns the cut-off. */
export async function pruneChangeLog(payload: Payload, retentionDays: number, req?: PayloadRequest, now = new Date()): Promise<Date> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS)
  const previous = await changeLogPrunedBefore(payload)
  if (!previous || previous < cutoff) await payload.kv.set(PRUNED_BEFORE_KEY, { at: cutoff.toISOString() })
  // One statement per adapter (deleteMany), not a Payload delete per entry: the log has no hooks.
  await payload.db.deleteMany({ collection: CONTENT_CHANGES_SLUG, where: { occurredAt: { less_than: cutoff.toISOString() } }, req })
  return cutoff
}
