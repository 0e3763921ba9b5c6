import type { Access } from 'payload'

/**
 * Signed-in users read everything; anonymous readers get a query constraint
 * instead of a boolean, so list endpoints silently return published documents only.
 */
export const authenticatedOrPublished: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}
