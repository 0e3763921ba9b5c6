import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/**
 * Who may write a user's `role`: admins, and never on their own account (an admin
 * cannot lock the last admin out by demoting themselves, nobody promotes themselves).
 */
export const canSetRole: FieldAccess = ({ req, id }) => {
  if (!hasRole(req.user, ['admin'])) return false
  return id === undefined || String(id) !== String(req.user?.id)
}
