/**
 * The queue of scheduled housekeeping (change-log pruning, database statistics). Its tasks carry
 * their own `schedule`; the jobs runner checks the queue every minute (see maintenanceAutoRun).
 */
export const MAINTENANCE_QUEUE = 'maintenance'

/** The autoRun entry that queues and runs scheduled maintenance tasks. */
export const maintenanceAutoRun = { cron: '0 * * * * *', queue: MAINTENANCE_QUEUE, limit: 5 }
