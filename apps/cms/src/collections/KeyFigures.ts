import { leadField, provenanceFields, publicChangeFields, seedKeyField, slugField, titleField } from '../fields'
import { contentAccess, contentVersions, label, publishedListIndexes } from '../lib/contentDefaults'
import { validateYear } from '../lib/validators'
import { contentCollection } from './contentCollection'
import { contentHooks } from './contentHooks'

/** A national cancer figure (new cases per year, survival …) with its year and source. */
export const KeyFigures = contentCollection({
  slug: 'key-figures',
  labels: { singular: label('Key figure', 'Nøkkeltall'), plural: label('Key figures', 'Nøkkeltall') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'value', 'unit', 'referenceYear', 'source', 'reviewBy', '_status'],
    group: label('Research', 'Forskning'),
  },
  access: contentAccess,
  hooks: contentHooks,
  versions: contentVersions,
  indexes: publishedListIndexes('referenceYear'),
  defaultSort: 'referenceYear',
  fields: [
    titleField(),
    leadField(),
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'number', required: true, min: 0, admin: { width: '33%' } },
        { name: 'unit', type: 'text', localized: true, admin: { width: '33%', description: 'e.g. "cases", "%".' } },
        {
          name: 'sex',
          type: 'select',
          defaultValue: 'all',
          options: [
            { label: label('All', 'Alle'), value: 'all' },
            { label: label('Women', 'Kvinner'), value: 'women' },
            { label: label('Men', 'Menn'), value: 'men' },
          ],
          admin: { width: '33%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'referenceYear', type: 'number', required: true, index: true, validate: validateYear, admin: { width: '50%' } },
        { name: 'period', type: 'text', admin: { width: '50%', description: 'For figures over several years, e.g. "2019–2023".' } },
      ],
    },
    { name: 'series', type: 'text', index: true, admin: { description: 'Figures with the same series key form a chart (e.g. "new-cases").' } },
    // The figure describes its reference year (or period), so it carries no separate date.
    ...provenanceFields({ dated: false }),
    slugField(),
    ...publicChangeFields(),
    seedKeyField(),
  ],
})
