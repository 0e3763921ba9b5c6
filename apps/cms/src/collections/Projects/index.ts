import { bodyField, confirmationGroup, leadField, publicChangeFields, seedKeyField, slugField, sourcesField, titleField } from '../../fields'
import { contentAccess, contentVersions, label, publishedListIndexes } from '../../lib/contentDefaults'
import { validateNonNegative, validateUrl, validateYear } from '../../lib/validators'
import { validateRegistrationIdentifier } from './validateRegistration'
import { contentCollection } from '../contentCollection'
import { pageHooks } from '../contentHooks'

export const PROJECT_STATUSES = ['planned', 'ongoing', 'completed'] as const

/** A research project owned by one or more sections and/or a screening programme. */
export const Projects = contentCollection({
  slug: 'projects',
  labels: { singular: label('Project', 'Prosjekt'), plural: label('Projects', 'Prosjekter') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'acronym', 'status', 'startYear', 'lastUpdated', '_status'],
    listSearchableFields: ['title', 'acronym', 'lead'],
    group: label('Research', 'Forskning'),
  },
  access: contentAccess,
  hooks: pageHooks,
  versions: contentVersions,
  defaultSort: '-startYear',
  // The default sort and the documented ones, walked in index order (see publishedListIndexes).
  indexes: publishedListIndexes('startYear', 'lastUpdated'),
  fields: [
    titleField(),
    { name: 'acronym', type: 'text', maxLength: 40, admin: { description: 'Short name, e.g. EQUALSCREEN.' } },
    leadField(),
    bodyField(),
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'ongoing',
      options: [
        { label: label('Planned', 'Planlagt'), value: 'planned' },
        { label: label('Ongoing', 'Pågående'), value: 'ongoing' },
        { label: label('Completed', 'Avsluttet'), value: 'completed' },
      ],
      admin: { position: 'sidebar' },
    },
    // Most statuses come from pages years old: without a confirming source readers see "not confirmed".
    confirmationGroup('statusBasis', { en: 'status', nb: 'statusen' }),
    {
      type: 'row',
      fields: [
        { name: 'startYear', type: 'number', index: true, validate: validateYear, admin: { width: '50%' } },
        {
          name: 'endYear',
          type: 'number',
          admin: { width: '50%' },
          validate: (value: unknown, { siblingData }: { siblingData: { startYear?: number | null } }) => {
            const yearCheck = validateYear(value)
            if (yearCheck !== true) return yearCheck
            const start = siblingData.startYear
            if (typeof value === 'number' && typeof start === 'number' && value < start) {
              return `The end year (${value}) cannot be before the start year (${start}).`
            }
            return true
          },
        },
      ],
    },
    {
      name: 'sections',
      type: 'relationship',
      relationTo: 'sections',
      hasMany: true,
      index: true,
      label: label('Sections', 'Seksjoner'),
      validate: (value: unknown, { data }: { data: { screeningProgramme?: unknown } }) => {
        const hasSections = Array.isArray(value) && value.length > 0
        return hasSections || Boolean(data.screeningProgramme)
          ? true
          : 'A project belongs to at least one section or to a screening programme.'
      },
    },
    {
      name: 'screeningProgramme',
      type: 'relationship',
      relationTo: 'screening-programmes',
      index: true,
      label: label('Screening programme', 'Screeningprogram'),
    },
    { name: 'projectManager', type: 'relationship', relationTo: 'people', label: label('Project manager', 'Prosjektleder') },
    { name: 'participants', type: 'relationship', relationTo: 'people', hasMany: true, label: label('Participants', 'Deltakere') },
    {
      name: 'partners',
      type: 'array',
      labels: { singular: label('Partner', 'Partner'), plural: label('Partners', 'Partnere') },
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'country', type: 'text', maxLength: 60 },
        { name: 'role', type: 'text', localized: true },
      ],
    },
    {
      name: 'funding',
      type: 'array',
      labels: { singular: label('Funding', 'Finansiering'), plural: label('Funding', 'Finansiering') },
      fields: [
        { name: 'funder', type: 'text', required: true },
        { name: 'amount', type: 'number', validate: validateNonNegative },
        {
          name: 'currency',
          type: 'select',
          defaultValue: 'NOK',
          options: ['NOK', 'EUR', 'USD', 'SEK', 'DKK'],
        },
        { name: 'year', type: 'number', validate: validateYear },
        { name: 'note', type: 'text', localized: true },
      ],
    },
    {
      name: 'registrations',
      type: 'array',
      labels: { singular: label('Registration', 'Registrering'), plural: label('Registrations', 'Registreringer') },
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          options: [
            { label: 'ClinicalTrials.gov (NCT)', value: 'nct' },
            { label: label('Regional ethics committee (REK)', 'Regional etisk komité (REK)'), value: 'rek' },
            { label: label('Other', 'Annet'), value: 'other' },
          ],
        },
        {
          name: 'identifier',
          type: 'text',
          required: true,
          validate: (value: unknown, { siblingData }: { siblingData: { type?: unknown } }) =>
            validateRegistrationIdentifier(value, siblingData.type),
        },
      ],
    },
    {
      name: 'links',
      type: 'array',
      labels: { singular: label('Link', 'Lenke'), plural: label('Links', 'Lenker') },
      fields: [
        { name: 'label', type: 'text', localized: true, required: true },
        { name: 'url', type: 'text', required: true, validate: (value: unknown) => validateUrl(value, { required: true }) },
      ],
    },
    slugField(),
    ...publicChangeFields(),
    sourcesField(),
    seedKeyField(),
  ],
})
