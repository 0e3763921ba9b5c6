import { bodyField, leadField, provenanceGroup, publicChangeFields, seedKeyField, slugField, sourcesField, titleField } from '../fields'
import { contentAccess, contentVersions, label, publishedListIndexes } from '../lib/contentDefaults'
import { validateYear } from '../lib/validators'
import { contentCollection } from './contentCollection'
import { pageHooks } from './contentHooks'

/** A national screening programme (BreastScreen, CervicalScreen, ColorectalScreen Norway). */
export const ScreeningProgrammes = contentCollection({
  slug: 'screening-programmes',
  labels: {
    singular: label('Screening programme', 'Screeningprogram'),
    plural: label('Screening programmes', 'Screeningprogrammer'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startYear', 'nationwideYear', 'lastUpdated', '_status'],
    group: label('Research', 'Forskning'),
  },
  access: contentAccess,
  hooks: pageHooks,
  versions: contentVersions,
  indexes: publishedListIndexes('startYear'),
  // A project's programme at depth ≥ 1 is a link: title and slug, not the whole page.
  defaultPopulate: { title: true, slug: true, lead: true },
  fields: [
    titleField(),
    leadField(),
    bodyField(),
    { name: 'department', type: 'relationship', relationTo: 'departments', label: label('Department', 'Avdeling') },
    {
      name: 'targetGroup',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'sex',
              type: 'select',
              required: true,
              defaultValue: 'all',
              options: [
                { label: label('Women', 'Kvinner'), value: 'women' },
                { label: label('Men', 'Menn'), value: 'men' },
                { label: label('Women and men', 'Kvinner og menn'), value: 'all' },
              ],
              admin: { width: '33%' },
            },
            { name: 'ageFrom', type: 'number', required: true, min: 0, max: 120, admin: { width: '33%' } },
            {
              name: 'ageTo',
              type: 'number',
              required: true,
              admin: { width: '33%' },
              validate: (value: unknown, { siblingData }: { siblingData: { ageFrom?: number | null } }) => {
                if (typeof value !== 'number' || value < 0 || value > 120) return 'Give an age between 0 and 120.'
                const from = siblingData.ageFrom
                return typeof from === 'number' && value < from ? `The upper age (${value}) cannot be below the lower age (${from}).` : true
              },
            },
          ],
        },
        { name: 'description', type: 'text', localized: true, admin: { description: 'e.g. "invited the year they turn 55".' } },
      ],
    },
    { name: 'intervalYears', type: 'number', min: 0, max: 20, admin: { description: 'Years between invitations.' } },
    { name: 'test', type: 'text', localized: true, required: true, admin: { description: 'e.g. "Mammography", "HPV test".' } },
    { name: 'intervalNote', type: 'textarea', localized: true, admin: { description: 'Age-specific intervals or tests.' } },
    {
      type: 'row',
      fields: [
        { name: 'startYear', type: 'number', validate: validateYear, admin: { width: '50%' } },
        { name: 'nationwideYear', type: 'number', validate: validateYear, admin: { width: '50%' } },
      ],
    },
    // Where the target group, interval and years above come from, and when to check them again.
    provenanceGroup('figures'),
    {
      name: 'formerNames',
      type: 'array',
      fields: [{ name: 'name', type: 'text', localized: true, required: true }],
    },
    { name: 'head', type: 'relationship', relationTo: 'people', label: label('Head', 'Leder') },
    { name: 'contacts', type: 'relationship', relationTo: 'people', hasMany: true, label: label('Contacts', 'Kontaktpersoner') },
    {
      name: 'projects',
      type: 'join',
      collection: 'projects',
      on: 'screeningProgramme',
      label: label('Research projects', 'Forskningsprosjekter'),
    },
    slugField(),
    ...publicChangeFields(),
    sourcesField(),
    seedKeyField(),
  ],
})
