import type { PayloadRequest } from 'payload'

import { hasRole, ROLES } from './roles'

/**
 * Only signed-in CMS users (any editorial role). Service API keys are authenticated too,
 * but they are readers, not users: they never pass. Returns a boolean, so it also fits
 * `admin` access.
 */
export const authenticated = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, ROLES)
