import { seedCollections } from '@crn/seed'
import type { Payload } from 'payload'

import { seed, type SeedOptions } from './seed'
import { SeedLedger } from './seedLedger'
import type { SeedSummary } from './types'

/** True when nothing was ever seeded and no content collection holds a document. */
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const ledger = await SeedLedger.load(payload)
  if (!ledger.isEmpty) return false
  for (const { collection } of seedCollections) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return false
  }
  return true
}

/**
 * Seeds a database that has never been seeded and has no content (the first start of
 * a fresh clone). A database with content is left to `npm run seed`, which adds what
 * is missing. Throws when any document fails, so a broken first start is loud.
 */
export async function seedIfEmpty(payload: Payload, options: SeedOptions = {}): Promise<SeedSummary | null> {
  const log = options.log ?? (() => undefined)
  if (!(await isDatabaseEmpty(payload))) {
    log('[seed] the database already has content: automatic seeding skipped (`npm run seed` adds anything missing)')
    return null
  }
  log('[seed] empty database: seeding the registry content')
  const summary = await seed(payload, options)
  if (summary.failures.length > 0) {
    throw new Error(`Seeding the empty database failed for ${summary.failures.length} item(s):\n  ${summary.failures.join('\n  ')}`)
  }
  return summary
}
