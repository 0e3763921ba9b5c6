import { getPayload } from 'payload'

import { LegacyDatabaseError } from '../db/databaseFormat'
import { env } from '../env'

/**
 * Boots Payload with `cron: true`, which starts the `jobs.autoRun` crons (see
 * plugins/editorialWorkflow.ts). Not during `next build`. Runs in the background: a
 * database that is down at boot is reported here and by `/api/health` (503), not by a
 * crashed server.
 */
export function startJobsRunner(): void {
  if (env.NEXT_PHASE === 'phase-production-build') return
  void (async () => {
    const { default: config } = await import('../payload.config')
    const payload = await getPayload({ config, cron: true })
    payload.logger.info('Jobs runner started (site revalidation every 1 s, scheduled publishing every 5 s)')
  })().catch((error: unknown) => {
    if (error instanceof LegacyDatabaseError || (error instanceof Error && error.name === 'LegacyDatabaseError')) {
      // Not an outage that passes: this database needs a person. Say so and stop serving.
      console.error(`\n${error.message}\n`)
      process.exit(1)
    }
    console.error('Could not start the jobs runner: scheduled publishing and site revalidation wait for the next boot.', error)
  })
}
