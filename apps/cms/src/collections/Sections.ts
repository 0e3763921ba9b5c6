import { bodyField, leadField, publicChangeFields, seedKeyField, slugField, sourcesField, titleField } from '../fields'
import { contentAccess, contentVersions, label, publishedListIndexes } from '../lib/contentDefaults'
import { contentCollection } from './contentCollection'
import { pageHooks } from './contentHooks'

/** A section or research group inside a department (e.g. Janus Serum Bank). */
export const Sections = contentCollection({
  slug: 'sections',
  labels: { singular: label('Section', 'Seksjon'), plural: label('Sections', 'Seksjoner') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', 'lastUpdated', '_status'],
    group: label('Organisation', 'Organisasjon'),
  },
  access: contentAccess,
  hooks: pageHooks,
  versions: contentVersions,
  indexes: publishedListIndexes('order'),
  defaultSort: 'order',
  fields: [
    titleField(),
    leadField(),
    bodyField(),
    { name: 'department', type: 'relationship', relationTo: 'departments', required: true, index: true, label: label('Department', 'Avdeling') },
    {
      name: 'formerNames',
      type: 'array',
      fields: [{ name: 'name', type: 'text', localized: true, required: true }],
      admin: { description: 'Earlier names of the section, kept for readers who search for them.' },
    },
    {
      name: 'researchAreas',
      type: 'array',
      labels: { singular: label('Research area', 'Forskningsområde'), plural: label('Research areas', 'Forskningsområder') },
      fields: [{ name: 'area', type: 'text', localized: true, required: true }],
    },
    {
      name: 'staffing',
      type: 'group',
      fields: [
        { name: 'seniorResearchers', type: 'number', min: 0, admin: { width: '33%' } },
        { name: 'earlyCareerResearchers', type: 'number', min: 0, admin: { width: '33%', description: 'PhD and postdoc' } },
        { name: 'asOfDate', type: 'date', admin: { width: '33%', date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    { name: 'head', type: 'relationship', relationTo: 'people', label: label('Head', 'Leder') },
    { name: 'contacts', type: 'relationship', relationTo: 'people', hasMany: true, label: label('Contacts', 'Kontaktpersoner') },
    {
      name: 'projects',
      type: 'join',
      collection: 'projects',
      on: 'sections',
      defaultSort: '-startYear',
      label: label('Projects', 'Prosjekter'),
    },
    {
      name: 'biobankFacts',
      type: 'join',
      collection: 'biobank-facts',
      on: 'section',
      defaultSort: 'order',
      label: label('Biobank facts', 'Biobankfakta'),
    },
    slugField(),
    { name: 'order', type: 'number', min: 0, defaultValue: 0, admin: { position: 'sidebar' } },
    ...publicChangeFields(),
    sourcesField(),
    seedKeyField(),
  ],
})
