import fs from 'node:fs'

import { z } from 'zod'

/** What the global setup hands to the specs: the servers it started and how to reach them. */
const e2eStateSchema = z.object({
  /** The edge's public addresses: every spec talks to these, as visitors and editors do. */
  cmsUrl: z.url(),
  webUrl: z.url(),
  /** The apps themselves, behind the edge. */
  cmsAppUrl: z.url(),
  webAppUrl: z.url(),
  /** Process group of the CMS (`kill -- -PGID` stops it and its next-server). */
  cmsProcessGroup: z.number().int().positive(),
  webProcessGroup: z.number().int().positive(),
  edgeProcessGroup: z.number().int().positive(),
  revalidateSecret: z.string().min(32),
  adminEmail: z.email(),
  adminPassword: z.string().min(12),
  databaseFile: z.string(),
})

export type E2EState = z.infer<typeof e2eStateSchema>

let cached: E2EState | undefined

/** Reads the state file named by E2E_STATE_FILE (set by globalSetup.mjs). */
export function e2eState(): E2EState {
  if (cached) return cached
  const file = process.env.E2E_STATE_FILE
  if (!file) throw new Error('E2E_STATE_FILE is not set: run the browser suite through jest.e2e.config.js (npm run test:e2e).')
  cached = e2eStateSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')))
  return cached
}

/** Absolute URL on the site for a path such as `/nb/forskning`. */
export const siteUrl = (pathname: string): string => new URL(pathname, e2eState().webUrl).toString()
