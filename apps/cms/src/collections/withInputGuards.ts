import type { CollectionConfig, Endpoint } from 'payload'

import { withRelationshipIntegrity } from '../fields/relationshipIntegrity'
import { rejectUnstorableDrafts } from '../lib/draftGuard'
import { rejectImpossibleQueries } from '../lib/queryGuard'

/**
 * Payload registers `POST /:collection/verify/:token` for every auth collection; without
 * email verification it fails with a 500 (no verification token field). Our endpoint
 * comes first and answers 404.
 */
const verificationDisabled: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: () => Response.json({ errors: [{ message: 'Email verification is not used here.' }] }, { status: 404 }),
}

/**
 * What every collection gets on top of its own definition so that bad input is a 4xx
 * with a message, never a database error: related documents must exist, ids and query
 * values must be possible on the running adapter, drafts must hold storable values.
 */
export function withInputGuards(collection: CollectionConfig): CollectionConfig {
  const checked = withRelationshipIntegrity(collection)
  const usesVerification = typeof collection.auth === 'object' && Boolean(collection.auth.verify)
  const endpoints = collection.auth && !usesVerification && collection.endpoints !== false ? [verificationDisabled, ...(collection.endpoints ?? [])] : collection.endpoints
  return {
    ...checked,
    endpoints,
    hooks: {
      ...checked.hooks,
      beforeOperation: [rejectImpossibleQueries, rejectUnstorableDrafts, ...(checked.hooks?.beforeOperation ?? [])],
    },
  }
}
