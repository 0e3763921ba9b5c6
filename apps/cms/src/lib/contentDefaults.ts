import type { CollectionConfig } from 'payload'

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
