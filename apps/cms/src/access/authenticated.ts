import type { PayloadRequest } from 'payload'

/** Only signed-in users (any role). Returns a boolean, so it also fits `admin` access. */
export const authenticated = ({ req }: { req: PayloadRequest }): boolean => Boolean(req.user)
