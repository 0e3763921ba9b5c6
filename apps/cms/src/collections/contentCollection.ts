import type { CollectionConfig } from 'payload'

import type { ContentCollectionSlug } from '@crn/content-client'

import { withRelationshipIntegrity } from '../fields/relationshipIntegrity'
import { translationStatusField } from '../fields/translationStatusField'
import { publishWarningsField } from '../gates/contentGates'
import { withIdentityNumberCheck } from '../gates/textFieldGate'
import { updatedByField } from '../hooks/recordEditor'
import { previewForCollection } from '../lib/preview/adminPreview'

/** How long an editor's lock on a document lasts without activity (seconds). */
export const LOCK_DURATION_SECONDS = 300

type ContentCollectionConfig = Omit<CollectionConfig, 'slug' | 'hooks' | 'access'> & {
  slug: ContentCollectionSlug
  /** Who reads and writes: declared by the collection (usually `contentAccess`). */
  access: NonNullable<CollectionConfig['access']>
  /** Every hook the collection runs: declared by the collection (usually `contentHooks`); nothing is added here. */
  hooks: NonNullable<CollectionConfig['hooks']>
}

/**
 * A public, versioned content collection. The collection file declares its access and
 * its hooks; this adds only field-level checks and system fields that every content
 * document has:
 *
 * - related documents must exist (a 400 naming the field, on every adapter);
 * - every text field refuses a national identity number as the editor types;
 * - system fields: who changed it last (`updatedBy`), which languages are complete
 *   (`completeLocales`, a list column), and, with rich text, what would stop publishing
 *   (`publishWarnings`);
 * - document locking, the site preview, and the editorial list columns.
 */
export function contentCollection(config: ContentCollectionConfig): CollectionConfig {
  const { fields } = withRelationshipIntegrity({ fields: withIdentityNumberCheck(config.fields) })
  const hasRichText = JSON.stringify(config.fields, (_key, value: unknown) => (typeof value === 'function' ? undefined : value)).includes('"type":"richText"')
  const columns = (config.admin?.defaultColumns ?? ['title']).filter((column) => column !== '_status')
  return {
    ...config,
    lockDocuments: { duration: LOCK_DURATION_SECONDS },
    admin: {
      ...config.admin,
      defaultColumns: [...columns, 'completeLocales', 'updatedAt', 'updatedBy', '_status'],
      preview: previewForCollection(config.slug),
    },
    fields: [...fields, updatedByField, translationStatusField(config.fields), ...(hasRichText ? [publishWarningsField()] : [])],
  }
}
