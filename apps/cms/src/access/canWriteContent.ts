import type { Access } from 'payload'

import { hasRole, PUBLISHING_ROLES, ROLES } from './roles'

/**
 * Create and update access for versioned content. Every editorial role writes, but
 * only editors and admins may write `_status: 'published'` (publish, restore a
 * published version, schedule a publish that then runs as them). A contributor's
 * attempt is refused with 403 rather than silently saved as a draft; the admin UI
 * asks the same question to decide whether to show the Publish button.
 *
 * Saving over an already published document without `draft` is guarded separately
 * (see hooks/guardContributorWrites.ts): access functions do not see that flag.
 */
export const canWriteContent: Access = ({ req, data }) => {
  if (!hasRole(req.user, ROLES)) return false
  if (isPublishing(data)) return hasRole(req.user, PUBLISHING_ROLES)
  return true
}

function isPublishing(data: unknown): boolean {
  if (!data || typeof data !== 'object' || !('_status' in data)) return false
  const status = (data as { _status?: unknown })._status
  if (status === 'published') return true
  // Localized status (one value per locale): publishing any locale is publishing.
  return typeof status === 'object' && status !== null && Object.values(status).includes('published')
}
