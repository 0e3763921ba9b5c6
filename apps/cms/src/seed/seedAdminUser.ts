import type { Payload } from 'payload'

import type { CmsEnv } from '../env'
import type { AdminCredentials, AdminOutcome } from './types'

/** The admin login from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD, when both are set. */
export function adminCredentialsFromEnv(env: Pick<CmsEnv, 'SEED_ADMIN_EMAIL' | 'SEED_ADMIN_PASSWORD'>): AdminCredentials | undefined {
  if (!env.SEED_ADMIN_EMAIL || !env.SEED_ADMIN_PASSWORD) return undefined
  return { email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD }
}

/** Creates the admin account unless a user with that email already exists (an existing password is never changed). */
export async function seedAdminUser(payload: Payload, credentials: AdminCredentials | undefined): Promise<AdminOutcome> {
  if (!credentials) return 'not-configured'
  const email = credentials.email.trim().toLowerCase()
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
  if (totalDocs > 0) return 'exists'
  await payload.create({
    collection: 'users',
    data: { email, password: credentials.password, name: 'Administrator', role: 'admin' },
    overrideAccess: true,
  })
  return 'created'
}
