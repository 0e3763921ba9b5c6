import type { CollectionConfig } from 'payload'

import { withRelationshipIntegrity } from '../fields/relationshipIntegrity'
import { rejectImpossibleQueries } from '../lib/queryGuard'

/**
 * What every collection gets on top of its own definition so that bad input is a 4xx
 * with a message, never a database error: related documents must exist, and ids and
 * query values must be possible on the running adapter.
 */
export function withInputGuards(collection: CollectionConfig): CollectionConfig {
  const checked = withRelationshipIntegrity(collection)
  return {
    ...checked,
    hooks: { ...checked.hooks, beforeOperation: [rejectImpossibleQueries, ...(checked.hooks?.beforeOperation ?? [])] },
  }
}
