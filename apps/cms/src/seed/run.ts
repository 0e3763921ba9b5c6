/**
 * `npm run seed` (`payload run src/seed/run.ts`): adds any missing seed content to the
 * database DATABASE_URI points at, prints progress and a summary, and exits non-zero
 * when something could not be written. `payload run` exits the process afterwards.
 */
import { getPayload } from 'payload'

import { env } from '../env'
import config from '../payload.config'
import { seed } from './seed'
import { adminCredentialsFromEnv } from './seedAdminUser'

// The automatic seed on start (onInit) is skipped: this script is the seed.
const payload = await getPayload({ config, disableOnInit: true })
try {
  const summary = await seed(payload, { log: (line) => console.log(line), admin: adminCredentialsFromEnv(env) })
  if (summary.failures.length > 0) {
    throw new Error(`Seeding failed for ${summary.failures.length} item(s):\n  ${summary.failures.join('\n  ')}`)
  }
} finally {
  await payload.destroy()
}
