/**
 * Next.js calls `register` once when the CMS server starts. It boots Payload with its
 * cron-driven jobs runner, so scheduled publishing and site revalidation run with the
 * app from the first second, whether or not anyone opens the admin (Payload otherwise
 * starts the runner only on the first admin request).
 */
export async function register(): Promise<void> {
  // eslint-disable-next-line no-restricted-properties -- NEXT_RUNTIME is set by Next.js itself, not configuration
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startJobsRunner } = await import('./jobs/startJobsRunner')
  startJobsRunner()
}
