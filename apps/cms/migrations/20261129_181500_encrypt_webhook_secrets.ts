import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { signingSecret, SIGNING_CONTEXT } from '../src/collections/Webhooks/webhookSecret'
import { isSealed } from '../src/api/webhooks/secretBox'

/**
 * Hand-written data migration (not generated): webhook signing secrets stored in plaintext
 * before encryption at rest are sealed with the key derived from PAYLOAD_SECRET. Saving the
 * plaintext back through the collection lets its beforeChange hook seal it. Works on both
 * adapters (it uses Payload's API, not SQL).
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const { docs } = await payload.find({ collection: 'webhook-subscriptions', pagination: false, depth: 0, overrideAccess: true, context: { [SIGNING_CONTEXT]: true }, req })
  for (const doc of docs) {
    if (typeof doc.secret !== 'string' || doc.secret === '' || isSealed(doc.secret)) continue
    await payload.update({ collection: 'webhook-subscriptions', id: doc.id, data: { secret: doc.secret }, overrideAccess: true, req })
  }
}

/** Back to plaintext, for a rollback to a version that signs with the stored value as it is. */
export async function down({ payload, req }: MigrateDownArgs): Promise<void> {
  const { docs } = await payload.find({ collection: 'webhook-subscriptions', pagination: false, depth: 0, overrideAccess: true, context: { [SIGNING_CONTEXT]: true }, req })
  for (const doc of docs) {
    if (typeof doc.secret !== 'string' || !isSealed(doc.secret)) continue
    await payload.db.updateOne({ collection: 'webhook-subscriptions', id: doc.id, data: { secret: signingSecret(doc.secret) }, req })
  }
}
