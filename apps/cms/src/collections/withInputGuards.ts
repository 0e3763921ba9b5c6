import type { CollectionConfig } from 'payload'

import { rejectMalformedStructure } from '../api/validation/documentShape'
import { createAsFreshCopy } from '../api/validation/freshCopies'
import { rejectImpossibleQueries } from '../api/validation/queryShape'
import { rejectUnstorableDrafts } from '../api/validation/storableDrafts'
import { withRelationshipIntegrity } from '../fields/relationshipIntegrity'

/**
 * What every collection gets on top of its own definition so that bad input is a 4xx
 * with a message, never a database error: related documents must exist, ids and query
 * values must be possible on the running adapter (and of the right shape), groups and lists
 * must have their structure, drafts must
 * hold storable values, and a document created over the API gets fresh row ids. These run
 * with the operation, so REST and GraphQL share them (the HTTP stages are in
 * api/pipeline/contentApiRoute.ts).
 */
export function withInputGuards(collection: CollectionConfig): CollectionConfig {
  const checked = withRelationshipIntegrity(collection)
  return {
    ...checked,
    hooks: {
      ...checked.hooks,
      beforeOperation: [createAsFreshCopy, rejectMalformedStructure, rejectImpossibleQueries, rejectUnstorableDrafts, ...(checked.hooks?.beforeOperation ?? [])],
    },
  }
}
