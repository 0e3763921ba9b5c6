import type { TaskConfig } from 'payload'

import { refreshPlannerStatistics } from '../db/databaseAdapter'
import { MAINTENANCE_QUEUE } from './maintenanceQueue'

/** Daily at 03:30: the query planner's statistics follow the data as it grows (see refreshPlannerStatistics). */
export const refreshPlannerStatisticsTask: TaskConfig<{ input: Record<string, never>; output: { done: boolean } }> = {
  slug: 'refreshPlannerStatistics',
  label: 'Refresh database statistics',
  schedule: [{ cron: '0 30 3 * * *', queue: MAINTENANCE_QUEUE }],
  handler: async ({ req }) => {
    await refreshPlannerStatistics(req.payload)
    return { output: { done: true } }
  },
}
