import { bodyField, leadField, publicChangeFields, seedKeyField, slugField, sourcesField, titleField } from '../fields'
import { contentAccess, contentVersions, label, publishedListIndexes } from '../lib/contentDefaults'
import { contentCollection } from './contentCollection'
import { pageHooks } from './contentHooks'

/** A department of the registry (Research Department, Registry Department, …). */
export const Departments = contentCollection({
  slug: 'departments',
  labels: { singular: label('Department', 'Avdeling'), plural: label('Departments', 'Avdelinger') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'order', 'lastUpdated', '_status'],
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
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { label: label('Research', 'Forskning'), value: 'research' },
        { label: label('Registry', 'Register'), value: 'registry' },
        { label: label('Screening', 'Screening'), value: 'screening' },
        { label: label('Informatics', 'Informatikk'), value: 'informatics' },
        { label: label('Administration', 'Administrasjon'), value: 'administration' },
      ],
    },
    {
      name: 'researchThemes',
      type: 'array',
      labels: { singular: label('Research theme', 'Forskningstema'), plural: label('Research themes', 'Forskningstema') },
      fields: [{ name: 'theme', type: 'text', localized: true, required: true }],
    },
    { name: 'head', type: 'relationship', relationTo: 'people', label: label('Head', 'Leder') },
    { name: 'contacts', type: 'relationship', relationTo: 'people', hasMany: true, label: label('Contacts', 'Kontaktpersoner') },
    {
      name: 'sections',
      type: 'join',
      collection: 'sections',
      on: 'department',
      defaultSort: 'order',
      label: label('Sections', 'Seksjoner'),
    },
    slugField(),
    { name: 'order', type: 'number', min: 0, defaultValue: 0, admin: { position: 'sidebar' } },
    ...publicChangeFields(),
    sourcesField(),
    seedKeyField(),
  ],
})
