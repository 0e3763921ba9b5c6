import type { seedCollections, seedGlobals } from '@crn/seed'

export type SeedCollectionSlug = (typeof seedCollections)[number]['collection']
export type SeedGlobalSlug = (typeof seedGlobals)[number]['slug']

/** Where progress lines go (the console for `npm run seed`, Payload's logger on start). */
export type SeedLog = (message: string) => void

/** What happened to the documents of one collection in a seed run. */
export type CollectionTally = {
  total: number
  created: number
  /** Already there (possibly edited since): left exactly as it is. */
  existing: number
  /** Seeded once and deleted by an editor since: not recreated. */
  deletedByEditor: number
  failed: number
}

export type GlobalOutcome = 'created' | 'existing' | 'edited-before-seed' | 'failed'
export type AdminOutcome = 'created' | 'exists' | 'not-configured' | 'failed'

export type SeedSummary = {
  collections: Record<SeedCollectionSlug, CollectionTally>
  globals: Record<SeedGlobalSlug, GlobalOutcome>
  adminUser: AdminOutcome
  created: number
  skipped: number
  /** One line per document or step that could not be written, with the reason. */
  failures: string[]
  durationMs: number
}

export type AdminCredentials = { email: string; password: string }
