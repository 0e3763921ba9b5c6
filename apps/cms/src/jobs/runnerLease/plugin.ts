import type { Config, JobsConfig, Plugin, TaskConfig } from 'payload'

import { JobRunnerLeases } from './JobRunnerLeases'
import { createRunnerLease, type RunnerLease } from './runnerLease'

/**
 * Makes every CMS instance's jobs runner defer to the one that holds the runner lease (see
 * runnerLease.ts): Payload asks `shouldAutoRun` before each autoRun tick, and each scheduled
 * task's `beforeSchedule` before queueing its next run. Applied last, so it covers every queue
 * and task the other parts of the config define (revalidation, scheduled publishing, webhooks,
 * maintenance), including ones added later.
 */
export const singleJobsRunner =
  (lease: RunnerLease = createRunnerLease()): Plugin =>
  (config: Config): Config => {
    const jobs: JobsConfig = config.jobs ?? {}
    const ownShouldAutoRun = jobs.shouldAutoRun
    return {
      ...config,
      collections: [...(config.collections ?? []), JobRunnerLeases],
      jobs: {
        ...jobs,
        shouldAutoRun: async (payload) => (await lease.holds(payload)) && (ownShouldAutoRun ? await ownShouldAutoRun(payload) : true),
        tasks: (jobs.tasks ?? []).map((task) => scheduledOnlyByLeaseHolder(task, lease)),
      },
    }
  }

type ScheduleEntry = NonNullable<TaskConfig['schedule']>[number]

function scheduledOnlyByLeaseHolder(task: TaskConfig, lease: RunnerLease): TaskConfig {
  if (!task.schedule?.length) return task
  return {
    ...task,
    schedule: task.schedule.map(
      (entry): ScheduleEntry => ({
        ...entry,
        hooks: {
          ...entry.hooks,
          beforeSchedule: async (args) => {
            if (!(await lease.holds(args.req.payload))) return { input: {}, shouldSchedule: false }
            const own = entry.hooks?.beforeSchedule ?? args.defaultBeforeSchedule
            if (!own) return { input: {}, shouldSchedule: false }
            return own(args)
          },
        },
      }),
    ),
  }
}
