import type { CollectionBeforeOperationHook } from 'payload'

/** Fields only Payload itself writes. */
const SYSTEM_FIELDS = ['createdAt', 'updatedAt'] as const

/**
 * Timestamps are facts about the system, not content: a request (REST, GraphQL, the
 * admin, or the Local API with access checks on) cannot set them. They are dropped
 * from the incoming data so Payload fills them in; trusted server code that runs with
 * `overrideAccess` (seed, migrations) keeps full control.
 */
export const protectSystemFields: CollectionBeforeOperationHook = ({ args, operation, overrideAccess }) => {
  if (overrideAccess || (operation !== 'create' && operation !== 'update')) return
  const { data } = args as { data?: unknown }
  if (!data || typeof data !== 'object') return
  for (const field of SYSTEM_FIELDS) delete (data as Record<string, unknown>)[field]
}
