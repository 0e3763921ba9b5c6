import type { CollectionConfig } from 'payload'

import { canSetRole, DEFAULT_ROLE, hasEditorialRole, isAdmin, isAdminOrSelf, ROLES } from '../access'
import { env } from '../env'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'
import { guardRoleChanges } from '../hooks/guardRoleChanges'
import { label } from '../lib/contentDefaults'

const roleLabels = {
  admin: label('Admin', 'Administrator'),
  editor: label('Editor', 'Redaktør'),
  contributor: label('Contributor', 'Bidragsyter'),
} as const

/**
 * People who sign in to the admin. Never readable anonymously; each user sees their own
 * account, admins see and manage all. Five failed logins lock an account for 10 minutes.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('User', 'Bruker'), plural: label('Users', 'Brukere') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
    listSearchableFields: ['name', 'email'],
    group: label('Administration', 'Administrasjon'),
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 2 * 60 * 60,
    cookies: {
      // Secure whenever the CMS is served over HTTPS (every deployment); plain HTTP on a laptop.
      secure: env.CMS_URL.startsWith('https://'),
      sameSite: 'Lax',
    },
  },
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    admin: hasEditorialRole,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [guardRoleChanges],
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    { name: 'name', type: 'text', label: label('Name', 'Navn') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: DEFAULT_ROLE,
      saveToJWT: true,
      index: true,
      label: label('Role', 'Rolle'),
      options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: canSetRole, update: canSetRole },
      admin: {
        position: 'sidebar',
        description: label(
          'Admin: everything, manages users. Editor: publishes, unpublishes and deletes content. Contributor: writes drafts.',
          'Administrator: alt, forvalter brukere. Redaktør: publiserer, avpubliserer og sletter innhold. Bidragsyter: skriver utkast.',
        ),
      },
    },
  ],
}
