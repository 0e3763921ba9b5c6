import type { Payload } from 'payload'

import { env } from '../env'
import { adminCredentialsFromEnv } from './seedAdminUser'
import { seedIfEmpty } from './seedIfEmpty'

/**
 * Payload's onInit: an empty database is seeded when the CMS starts, so a fresh clone
 * shows real content without a manual step. Off when SEED_ON_START is false (tests)
 * and while `next build` runs (no database work during a build).
 */
export async function seedOnStart(payload: Payload): Promise<void> {
  if (!env.SEED_ON_START || env.NEXT_PHASE === 'phase-production-build') return
  await seedIfEmpty(payload, { log: (line) => payload.logger.info(line), admin: adminCredentialsFromEnv(env) })
}
