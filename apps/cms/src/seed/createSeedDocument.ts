import type { DocumentId } from '@crn/seed'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { SEED_CONTEXT } from './seedContext'
import type { SeedCollectionSlug } from './types'
import { withRowIds } from './withRowIds'

type Data = Record<string, unknown>

/**
 * Creates one published document in both languages: the bokmål version creates it,
 * then the English locale is written onto the same document. A document never stays
 * in one language only: both writes share a transaction where the adapter has them
 * (MongoDB); otherwise (SQLite as configured) a failed English write deletes the new
 * document again, so the next run creates it afresh instead of skipping it.
 */
export async function createSeedDocument(
  payload: Payload,
  collection: SeedCollectionSlug,
  seedKey: string,
  data: { nb: Data; en: Data },
): Promise<DocumentId> {
  const req = await createLocalReq({ context: { ...SEED_CONTEXT } }, payload)
  const ownsTransaction = await initTransaction(req)
  let createdId: DocumentId | undefined
  try {
    const created = await payload.create({
      collection,
      data: { ...data.nb, seedKey, _status: 'published' },
      locale: 'nb',
      depth: 0,
      overrideAccess: true,
      req,
      context: SEED_CONTEXT,
    })
    createdId = created.id
    await payload.update({
      collection,
      id: created.id,
      data: { ...withRowIds(data.en, created as Data), _status: 'published' },
      locale: 'en',
      depth: 0,
      overrideAccess: true,
      req,
      context: SEED_CONTEXT,
    })
    if (ownsTransaction) await commitTransaction(req)
    return created.id
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    else if (createdId !== undefined) {
      try {
        await payload.delete({ collection, id: createdId, overrideAccess: true, context: SEED_CONTEXT })
      } catch (cleanupError) {
        throw new AggregateError([error, cleanupError], `${collection} ${seedKey}: the English version failed and the new document ${String(createdId)} could not be removed`)
      }
    }
    throw error
  }
}
