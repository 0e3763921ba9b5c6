import { leadField, provenanceFields, publicChangeFields, seedKeyField, slugField, titleField } from '../fields'
import { contentAccess, contentVersions, label, publishedListIndexes } from '../lib/contentDefaults'
import { validateNonNegative } from '../lib/validators'
import { contentCollection } from './contentCollection'
import { contentHooks } from './contentHooks'

/**
 * One dated fact about a biobank section (the Janus Serum Bank first). A figure that
 * changes over time (cancer cases among donors) is several facts sharing a `series`.
 */
export const BiobankFacts = contentCollection({
  slug: 'biobank-facts',
  labels: { singular: label('Biobank fact', 'Biobankfakta'), plural: label('Biobank facts', 'Biobankfakta') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'valueNumber', 'unit', 'asOfDate', 'dateKind', 'reviewBy', '_status'],
    group: label('Research', 'Forskning'),
  },
  access: contentAccess,
  hooks: contentHooks,
  versions: contentVersions,
  indexes: publishedListIndexes('order'),
  defaultSort: 'order',
  fields: [
    titleField({ admin: { description: 'The label readers see, e.g. "Donors".' } }),
    leadField({ required: false }),
    { name: 'section', type: 'relationship', relationTo: 'sections', required: true, index: true, label: label('Biobank section', 'Biobankseksjon') },
    {
      type: 'row',
      fields: [
        {
          name: 'valueNumber',
          type: 'number',
          admin: { width: '33%', description: 'Numeric value, e.g. 318628.' },
          validate: (value: unknown, { siblingData }: { siblingData: { valueText?: unknown } }) => {
            const sign = validateNonNegative(value)
            if (sign !== true) return sign
            const hasText = typeof siblingData.valueText === 'string' && siblingData.valueText.trim() !== ''
            return typeof value === 'number' || hasText ? true : 'Give either a numeric value or a text value.'
          },
        },
        { name: 'unit', type: 'text', localized: true, admin: { width: '33%', description: 'e.g. "donors", "°C".' } },
        { name: 'valueText', type: 'text', localized: true, admin: { width: '33%', description: 'When the value is not a number, e.g. "1972–2004".' } },
      ],
    },
    {
      name: 'series',
      type: 'text',
      index: true,
      admin: { description: 'Facts with the same series key form a dated series (e.g. "cancer-cases").' },
    },
    ...provenanceFields(),
    { name: 'note', type: 'textarea', localized: true },
    slugField(),
    { name: 'order', type: 'number', min: 0, defaultValue: 0, admin: { position: 'sidebar' } },
    ...publicChangeFields(),
    seedKeyField(),
  ],
})
