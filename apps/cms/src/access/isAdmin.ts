import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Only admins. A boolean, so it fits collection, field and `admin` access alike. */
export const isAdmin = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, ['admin'])
