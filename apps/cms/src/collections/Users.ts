import type { CollectionConfig } from 'payload'

import { authenticated } from '../access'
import { label } from '../lib/contentDefaults'

/** People who sign in to the admin. Never readable anonymously. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('User', 'Bruker'), plural: label('Users', 'Brukere') },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email'], group: label('Administration', 'Administrasjon') },
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000 },
  access: {
    read: authenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
    admin: authenticated,
  },
  fields: [{ name: 'name', type: 'text', label: label('Name', 'Navn') }],
}
