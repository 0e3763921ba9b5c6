import type { TaskConfig } from 'payload'

import { pruneChangeLog } from '../api/changes/changeLogRetention'
import { env } from '../env'
import { MAINTENANCE_QUEUE } from './maintenanceQueue'

/**
 * Hourly: removes change-log entries older than CHANGES_RETENTION_DAYS (default 180), so the
 * log behind `GET /api/changes` stays bounded. Consumers asking from before the cut-off get 410.
 */
export const pruneChangeLogTask: TaskConfig<{ input: Record<string, never>; output: { prunedBefore: string } }> = {
  slug: 'pruneChangeLog',
  label: 'Prune the change log',
  schedule: [{ cron: '0 5 * * * *', queue: MAINTENANCE_QUEUE }],
  handler: async ({ req }) => {
    const cutoff = await pruneChangeLog(req.payload, env.CHANGES_RETENTION_DAYS, req)
    req.payload.logger.info(`Change log pruned: entries before ${cutoff.toISOString()} removed (retention ${env.CHANGES_RETENTION_DAYS} days)`)
    return { output: { prunedBefore: cutoff.toISOString() } }
  },
}
