import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access'

/**
 * Roles are set by admins only, and nobody changes their own role. Field access on
 * `role` already drops such a value silently; this guard answers 403 with a reason
 * instead, so a REST or GraphQL client learns why. Sending one's current role
 * unchanged (the admin's account form does) is not a change and passes.
 */
export const guardRoleChanges: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess || (operation !== 'create' && operation !== 'update')) return
  const { data, id } = args as { data?: { role?: unknown }; id?: number | string }
  if (!data || typeof data !== 'object' || !('role' in data) || data.role === undefined) return
  const isAdmin = hasRole(req.user, ['admin'])
  if (operation === 'create') {
    if (!isAdmin) throw new APIError('Only an admin can set a role.', 403, undefined, true)
    return
  }
  if (id === undefined) {
    // A bulk update: only admins, and never including their own account (checked per document below).
    if (!isAdmin) throw new APIError('Only an admin can change roles.', 403, undefined, true)
    return
  }
  const current = await req.payload.findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!current || current.role === data.role) return
  if (!isAdmin) throw new APIError('Only an admin can change roles.', 403, undefined, true)
  if (String(req.user?.id) === String(id)) {
    throw new APIError('Admins cannot change their own role: ask another admin.', 403, undefined, true)
  }
}
