import type { PayloadRequest } from 'payload'

import { hasRole, ROLES } from './roles'

/** Any signed-in account with an editorial role (admin, editor or contributor). */
export const hasEditorialRole = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, ROLES)
