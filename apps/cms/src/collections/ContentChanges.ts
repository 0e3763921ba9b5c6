import type { CollectionConfig } from 'payload'

import { hasEditorialRole, isAdmin } from '../access'
import { CHANGE_KINDS } from '../api/changes/changeKinds'
import { label } from '../lib/contentDefaults'
import { LOCALES } from '../localization'
import { CONTENT_COLLECTION_SLUGS } from './contentSlugs'

export const CONTENT_CHANGES_SLUG = 'content-changes'

/**
 * The change log behind `GET /api/changes` and the webhooks: one entry each time a
 * document becomes public, is republished, unpublished or deleted. Written only by the
 * content hooks (api/changes/recordContentChange.ts); editors can browse it read-only.
 */
export const ContentChanges: CollectionConfig = {
  slug: CONTENT_CHANGES_SLUG,
  labels: { singular: label('Content change', 'Innholdsendring'), plural: label('Content changes', 'Innholdsendringer') },
  admin: {
    useAsTitle: 'documentId',
    defaultColumns: ['occurredAt', 'kind', 'documentCollection', 'documentId', 'slug'],
    group: label('Administration', 'Administrasjon'),
    description: label('What other services see in the change feed (/api/changes).', 'Det andre tjenester ser i endringsstrømmen (/api/changes).'),
  },
  access: { read: hasEditorialRole, create: () => false, update: () => false, delete: isAdmin },
  defaultSort: '-occurredAt',
  indexes: [
    { fields: ['documentCollection', 'documentId', 'occurredAt'] },
    // The feed per collection in keyset order (occurredAt, then id: SQLite keeps the row id in
    // every index, so ties come out in id order without a sort; see endpoints/changes.ts).
    { fields: ['documentCollection', 'occurredAt'] },
  ],
  fields: [
    {
      name: 'documentCollection',
      type: 'select',
      required: true,
      index: true,
      options: CONTENT_COLLECTION_SLUGS.map((slug) => ({ label: slug, value: slug })),
      label: label('Collection', 'Samling'),
    },
    { name: 'documentId', type: 'text', required: true, index: true, label: label('Document id', 'Dokument-id') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: CHANGE_KINDS.map((kind) => ({ label: kind, value: kind })),
      label: label('Change', 'Endring'),
    },
    {
      name: 'slug',
      type: 'group',
      label: label('Slug per language', 'Slug per språk'),
      fields: LOCALES.map((locale) => ({ name: locale, type: 'text' as const })),
    },
    { name: 'occurredAt', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
