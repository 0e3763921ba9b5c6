import type { Access } from 'payload'

import { isPreviewServiceKey } from './isPreviewServiceKey'
import { hasRole, ROLES } from './roles'

/**
 * Reading versioned content: editorial accounts read drafts and published documents;
 * everyone else (anonymous readers, service keys) gets a query constraint, so lists
 * silently contain published documents only and a draft by ID answers 404.
 */
export const canReadContent: Access = ({ req }) => {
  if (hasRole(req.user, ROLES)) return true
  // Preview services (API keys with draft access) read drafts too.
  if (isPreviewServiceKey(req.user)) return true
  return { _status: { equals: 'published' } }
}
