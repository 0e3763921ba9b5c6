import type { CollectionConfig } from 'payload'

import { anyone, canPublish, canWriteContent } from '../access'
import { seedKeyField } from '../fields'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateSite'
import { label } from '../lib/contentDefaults'
import { validateUrl } from '../lib/validators'

/**
 * A public source a figure or status can cite: a registry page, a report, an article.
 * Figures point here (see fields/provenanceFields), so one corrected URL or date fixes
 * every figure that cites it. Sources are public and unversioned: a citation must never
 * disappear from a published figure because the source is a draft.
 */
export const Sources: CollectionConfig = {
  slug: 'sources',
  labels: { singular: label('Source', 'Kilde'), plural: label('Sources', 'Kilder') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publisher', 'publishedDate', 'accessedDate'],
    listSearchableFields: ['title', 'publisher', 'url'],
    group: label('Research', 'Forskning'),
    description: label(
      'Pages, reports and articles that figures and statuses cite.',
      'Sider, rapporter og artikler som tall og statuser viser til.',
    ),
  },
  access: { read: anyone, create: canWriteContent, update: canWriteContent, delete: canPublish },
  // A corrected title or URL shows on every page that cites the source.
  hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] },
  // A history of each citation's changes, but no drafts (see above).
  versions: { maxPerDoc: 50 },
  defaultSort: 'title',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300, label: label('Title', 'Tittel') },
    {
      type: 'row',
      fields: [
        { name: 'publisher', type: 'text', maxLength: 200, label: label('Publisher', 'Utgiver'), admin: { width: '50%' } },
        {
          name: 'url',
          type: 'text',
          required: true,
          label: 'URL',
          admin: { width: '50%' },
          validate: (value: unknown) => validateUrl(value, { required: true }),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'publishedDate',
          type: 'date',
          label: label('Published or last updated', 'Publisert eller sist oppdatert'),
          admin: {
            width: '50%',
            date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' },
            description: label('Only when the source states it.', 'Bare når kilden oppgir den.'),
          },
        },
        {
          name: 'accessedDate',
          type: 'date',
          label: label('Accessed', 'Lest'),
          admin: { width: '50%', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
        },
      ],
    },
    {
      name: 'dateNote',
      type: 'text',
      localized: true,
      maxLength: 300,
      label: label('About the date', 'Om datoen'),
      admin: { description: label('e.g. when the source gives an ambiguous date ("10/12/2021").', 'F.eks. når kilden oppgir en tvetydig dato («10/12/2021»).') },
    },
    { name: 'notes', type: 'textarea', localized: true, label: label('Notes', 'Merknader') },
    seedKeyField(),
  ],
}
