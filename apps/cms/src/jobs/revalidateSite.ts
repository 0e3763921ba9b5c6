import type { TaskConfig } from 'payload'

import { env } from '../env'
import { refreshEdgePages } from './refreshEdgePages'

export const REVALIDATE_TASK = 'revalidateSite'
/** Its own queue, run every second by the app (see editorialJobs), so publishing is not delayed by other work. */
export const REVALIDATE_QUEUE = 'revalidate'

export type RevalidateInput = { tags: string[]; reason?: string }
type RevalidateOutput = { status: number; durationMs: number }

/** How long one attempt may take: the site answers a revalidation in milliseconds. */
const REQUEST_TIMEOUT_MS = 5_000

/** Where the site listens. Server to server, so an internal address wins when one is set. */
export const revalidateEndpoint = (): string => new URL('/api/revalidate', env.WEB_INTERNAL_URL ?? env.WEB_URL).toString()

/**
 * Tells the site which cache tags are stale: `POST /api/revalidate` with the shared
 * secret and `{ "tags": [...] }`. A failed attempt (network error, timeout, non-2xx)
 * throws, so the jobs queue retries it with exponential backoff (1 s, 2 s, 4 s, 8 s,
 * 16 s) and records each error on the job; every outcome is logged. Time-based
 * revalidation on the site remains the floor if all attempts fail. Then the edge's copies of
 * the changed documents' own pages are refreshed (refreshEdgePages).
 */
export const revalidateSiteTask: TaskConfig<{ input: RevalidateInput; output: RevalidateOutput }> = {
  slug: REVALIDATE_TASK,
  label: 'Refresh the public site',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1_000 } },
  inputSchema: [
    { name: 'tags', type: 'json', required: true },
    { name: 'reason', type: 'text' },
  ],
  handler: async ({ input, job, req }) => {
    const tags = Array.isArray(input.tags) ? input.tags.filter((tag): tag is string => typeof tag === 'string') : []
    const started = Date.now()
    const endpoint = revalidateEndpoint()
    let response: Response
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          // The site accepts either form; both carry the same shared secret.
          Authorization: `Bearer ${env.REVALIDATE_SECRET}`,
          'x-revalidate-secret': env.REVALIDATE_SECRET,
        },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      req.payload.logger.warn({ job: job.id, endpoint, tags, attempt: attemptOf(job) }, `Site revalidation failed: ${reason}`)
      throw new Error(`Could not reach the site at ${endpoint}: ${reason}`)
    }
    const durationMs = Date.now() - started
    if (!response.ok) {
      const body = (await response.text()).slice(0, 300)
      req.payload.logger.warn(
        { job: job.id, endpoint, tags, status: response.status, attempt: attemptOf(job) },
        `Site revalidation answered ${response.status}`,
      )
      throw new Error(`The site answered ${response.status} to the revalidation request: ${body}`)
    }
    await response.body?.cancel()
    req.payload.logger.info({ job: job.id, tags, reason: input.reason, durationMs }, `Site revalidated ${tags.length} tag(s)`)
    const refreshed = await refreshEdgePages(req, tags)
    if (refreshed.length > 0) req.payload.logger.info({ job: job.id, pages: refreshed }, `Edge refreshed ${refreshed.length} page(s)`)
    return { output: { status: response.status, durationMs } }
  },
}

/** 1-based attempt number, for logs. */
function attemptOf(job: { totalTried?: number | null }): number {
  return (job.totalTried ?? 0) + 1
}
