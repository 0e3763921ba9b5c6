import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The very first account (the admin's "create first user" screen, or a seed that gives
 * no role) becomes an admin; every later account starts as a contributor unless an
 * admin chooses another role.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
