import { leadField, publicChangeFields, seedKeyField, slugField, titleField } from '../fields'
import { contentAccess, contentVersions, label, publishedListIndexes } from '../lib/contentDefaults'
import { validateEmail } from '../lib/validators'
import { contentCollection } from './contentCollection'
import { contentHooks } from './contentHooks'

/** A person shown as a contact, head or project participant. */
export const People = contentCollection({
  slug: 'people',
  labels: { singular: label('Person', 'Person'), plural: label('People', 'Personer') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'title', 'unit', 'email', '_status'],
    listSearchableFields: ['name', 'email'],
    group: label('Organisation', 'Organisasjon'),
  },
  access: contentAccess,
  hooks: contentHooks,
  versions: contentVersions,
  indexes: publishedListIndexes('name'),
  defaultSort: 'name',
  // What a related document (a project's manager, a section's head) needs at depth ≥ 1: the
  // contact card, not the whole document (https://payloadcms.com/docs/fields/relationship#defaultpopulate).
  defaultPopulate: { name: true, title: true, slug: true, email: true, phone: true, unit: true },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: label('Name', 'Navn') },
    titleField({ label: label('Role title', 'Stillingstittel'), admin: { description: 'e.g. "Senior researcher" / "Seniorforsker".' } }),
    leadField({ label: label('Short bio', 'Kort presentasjon') }),
    {
      name: 'unit',
      type: 'relationship',
      relationTo: ['sections', 'departments'],
      label: label('Unit', 'Enhet'),
    },
    { name: 'email', type: 'text', validate: validateEmail, label: label('Work email', 'E-post (jobb)') },
    { name: 'phone', type: 'text', maxLength: 30, label: label('Phone', 'Telefon') },
    slugField({ from: 'name' }),
    ...publicChangeFields(),
    seedKeyField(),
  ],
})
