import type { DocumentId } from '@crn/seed'
import type { Payload } from 'payload'

import type { SeedCollectionSlug } from './types'

/** The documents of a collection that carry a seed key, as seed key → id. */
export async function findSeededDocuments(payload: Payload, collection: SeedCollectionSlug): Promise<Map<string, DocumentId>> {
  const result = await payload.find({
    collection,
    where: { seedKey: { exists: true } },
    select: { seedKey: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const seeded = new Map<string, DocumentId>()
  for (const doc of result.docs as { id: DocumentId; seedKey?: unknown }[]) {
    if (typeof doc.seedKey === 'string' && doc.seedKey !== '') seeded.set(doc.seedKey, doc.id)
  }
  return seeded
}
