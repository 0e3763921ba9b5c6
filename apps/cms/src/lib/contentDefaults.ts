import type { CollectionConfig } from 'payload'

import { authenticated, authenticatedOrPublished } from '../access'

/**
 * What every public content collection shares: anonymous readers see published
 * documents only, signed-in users edit, and every change is a version with drafts.
 * (Finer roles arrive with the editorial workflow.)
 */
export const contentAccess: CollectionConfig['access'] = {
  read: authenticatedOrPublished,
  readVersions: authenticated,
  create: authenticated,
  update: authenticated,
  delete: authenticated,
}

export const contentVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 } },
  maxPerDoc: 50,
}

/** Bilingual label for the admin UI (English and bokmål). */
export const label = (en: string, nb: string) => ({ en, nb })
