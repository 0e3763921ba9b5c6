import type { PayloadRequest } from 'payload'

import { hasRole, PUBLISHING_ROLES } from './roles'

/** Editors and admins: publish, unpublish and delete content. */
export const canPublish = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, PUBLISHING_ROLES)
