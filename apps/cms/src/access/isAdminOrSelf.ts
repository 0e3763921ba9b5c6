import type { Access } from 'payload'

import { hasRole, ROLES } from './roles'

/**
 * User accounts: admins see and edit every account, other editorial users only their
 * own (a query constraint, so the users list shows them just themselves). Anonymous
 * requests get nothing.
 */
export const isAdminOrSelf: Access = ({ req }) => {
  const { user } = req
  if (hasRole(user, ['admin'])) return true
  if (!user || !hasRole(user, ROLES)) return false
  return { id: { equals: user.id } }
}
