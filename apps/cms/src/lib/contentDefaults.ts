import type { CollectionConfig, CompoundIndex } from 'payload'

import { canPublish, canReadContent, canWriteContent, hasEditorialRole } from '../access'

/**
 * What every public content collection shares. Access by role: editorial accounts
 * read drafts, anonymous readers published documents only; every role writes drafts,
 * editors and admins publish, unpublish and delete.
 */
export const contentAccess = {
  read: canReadContent,
  readVersions: hasEditorialRole,
  create: canWriteContent,
  update: canWriteContent,
  delete: canPublish,
} satisfies NonNullable<CollectionConfig['access']>

/**
 * Every change is a version: drafts autosave while an editor types (live preview
 * follows each autosave), publishing and unpublishing can be scheduled (run by the
 * jobs queue, see payload.config.ts), and old versions are pruned beyond 50.
 */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: {
    autosave: { interval: 1000 },
    schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 5 },
  },
  maxPerDoc: 50,
}

/** Bilingual label for the admin UI (English and bokmål). */
export const label = (en: string, nb: string) => ({ en, nb })

/**
 * Compound indexes for the lists readers get. Anonymous reads always carry `_status = published`
 * (canReadContent) and Payload always appends `createdAt` as the last sort key, so an index must
 * start with `_status` and end with `createdAt` for the database to walk it in order and stop
 * after one page. Without one, SQLite evaluated every array and locale subquery for every
 * published row, sorted them all and kept 20 (4.9 s at 10,000 projects; docs/benchmarks.md).
 * Declared in the collection config, so SQLite (migrations) and MongoDB get the same indexes.
 * `sortFields` are the collection's own default and documented sorts (non-localized fields).
 */
export function publishedListIndexes(...sortFields: string[]): CompoundIndex[] {
  return [
    ...sortFields.map((field) => ({ fields: ['_status', field, 'createdAt'] })),
    { fields: ['_status', 'createdAt'] },
    { fields: ['_status', 'updatedAt', 'createdAt'] },
  ]
}
