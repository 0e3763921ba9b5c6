import {
  type CollectionSlug,
  collectReferences,
  containsBilingual,
  type DocumentId,
  resolveForLocale,
  type SeedLocale,
  type SeedReference,
  seedCollections,
  seedGlobals,
} from '@crn/seed'
import type { Payload } from 'payload'

import { createSeedDocument } from './createSeedDocument'
import { findSeededDocuments } from './findSeededDocuments'
import { seedAdminUser } from './seedAdminUser'
import { SEED_CONTEXT } from './seedContext'
import { globalHasContent, writeSeedGlobal } from './seedGlobal'
import { SeedLedger } from './seedLedger'
import type { AdminCredentials, CollectionTally, GlobalOutcome, SeedCollectionSlug, SeedGlobalSlug, SeedLog, SeedSummary } from './types'

export type SeedOptions = {
  log?: SeedLog
  /** Admin account to create when no user has its email (see adminCredentialsFromEnv). */
  admin?: AdminCredentials
}

type Data = Record<string, unknown>
type Deferred = { collection: SeedCollectionSlug; id: DocumentId; seedKey: string; fields: Data }

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * Writes the registry's seed content (packages/seed) into the CMS. Idempotent and
 * respectful of editors:
 * - a document whose seed key exists is skipped, never overwritten, however it was edited;
 * - a document the seed created once and an editor deleted is not created again
 *   (the seed ledger remembers every seeded key);
 * - a global is written only if it was never seeded and holds no content yet.
 * Collections are written in dependency order; references between seed documents are
 * resolved to ids, and a reference to a later collection (people's units) is set once
 * its target exists.
 */
export async function seed(payload: Payload, { log = () => undefined, admin }: SeedOptions = {}): Promise<SeedSummary> {
  const started = Date.now()
  const ledger = await SeedLedger.load(payload)
  const ids = new Map<string, DocumentId>()
  const idKey = (collection: string, seedKey: string) => `${collection}:${seedKey}`
  const failures: string[] = []
  const deferred: Deferred[] = []
  const processed = new Set<CollectionSlug>()
  const collections = {} as Record<SeedCollectionSlug, CollectionTally>

  const resolveIn = (value: unknown, locale: SeedLocale, context: string): unknown =>
    resolveForLocale(value, locale, {
      lookup: (collection, seedKey) => ids.get(idKey(collection, seedKey)),
      onMissing: (reference: SeedReference) =>
        log(`[seed] ${context}: ${reference.collection} "${reference.seedKey}" does not exist (deleted by an editor?); reference left out`),
    })

  for (const { collection, documents } of seedCollections) {
    const tally: CollectionTally = { total: documents.length, created: 0, existing: 0, deletedByEditor: 0, failed: 0 }
    collections[collection] = tally
    const existing = await findSeededDocuments(payload, collection)
    for (const [seedKey, id] of existing) ids.set(idKey(collection, seedKey), id)

    for (const [index, document] of documents.entries()) {
      const position = `${collection} ${index + 1}/${documents.length}`
      const { seedKey } = document
      if (existing.has(seedKey)) {
        tally.existing += 1
        // Documents seeded before the ledger existed (or when recording failed) are recorded now.
        if (!ledger.has(collection, seedKey)) await ledger.record(collection, seedKey, existing.get(seedKey) ?? null)
        continue
      }
      if (ledger.has(collection, seedKey)) {
        tally.deletedByEditor += 1
        log(`[seed] ${position} ${seedKey}: deleted by an editor earlier, not recreated`)
        continue
      }
      const now: Data = {}
      const later: Data = {}
      for (const [field, value] of Object.entries(document.data as Data)) {
        const pointsAhead = collectReferences(value).some((reference) => reference.collection !== collection && !processed.has(reference.collection))
        if (pointsAhead) later[field] = value
        else now[field] = value
      }
      try {
        const context = `${collection} ${seedKey}`
        const id = await createSeedDocument(payload, collection, seedKey, {
          nb: resolveIn(now, 'nb', context) as Data,
          en: resolveIn(now, 'en', context) as Data,
        })
        ids.set(idKey(collection, seedKey), id)
        await ledger.record(collection, seedKey, id)
        if (Object.keys(later).length > 0) deferred.push({ collection, id, seedKey, fields: later })
        tally.created += 1
        log(`[seed] ${position} ${seedKey}`)
      } catch (error) {
        tally.failed += 1
        failures.push(`${collection} ${seedKey}: ${errorMessage(error)}`)
        log(`[seed] ${position} ${seedKey} FAILED: ${errorMessage(error)}`)
      }
    }
    processed.add(collection)
    log(
      `[seed] ${collection}: ${tally.created} created, ${tally.existing} already there, ` +
        `${tally.deletedByEditor} deleted by editors${tally.failed > 0 ? `, ${tally.failed} FAILED` : ''}`,
    )
  }

  for (const { collection, id, seedKey, fields } of deferred) {
    try {
      await setDeferredFields(payload, collection, id, fields, (value, locale) => resolveIn(value, locale, `${collection} ${seedKey}`))
    } catch (error) {
      failures.push(`${collection} ${seedKey} (${Object.keys(fields).join(', ')}): ${errorMessage(error)}`)
      log(`[seed] ${collection} ${seedKey}: setting ${Object.keys(fields).join(', ')} FAILED: ${errorMessage(error)}`)
    }
  }

  const globals = {} as Record<SeedGlobalSlug, GlobalOutcome>
  for (const global of seedGlobals) {
    globals[global.slug] = await seedOneGlobal(payload, ledger, global.slug, global.seedKey, global.data, resolveIn, failures)
    log(`[seed] global ${global.slug}: ${globals[global.slug]}`)
  }

  let adminUser: SeedSummary['adminUser']
  try {
    adminUser = await seedAdminUser(payload, admin)
  } catch (error) {
    adminUser = 'failed'
    failures.push(`admin user: ${errorMessage(error)}`)
  }
  log(`[seed] admin user: ${adminUser}`)

  const tallies = Object.values(collections)
  const globalOutcomes = Object.values(globals)
  const created = tallies.reduce((sum, tally) => sum + tally.created, 0) + globalOutcomes.filter((outcome) => outcome === 'created').length
  const skipped =
    tallies.reduce((sum, tally) => sum + tally.existing + tally.deletedByEditor, 0) +
    globalOutcomes.filter((outcome) => outcome === 'existing' || outcome === 'edited-before-seed').length
  const durationMs = Date.now() - started
  log(`[seed] done in ${(durationMs / 1000).toFixed(1)} s: ${created} created, ${skipped} skipped, ${failures.length} failed`)
  return { collections, globals, adminUser, created, skipped, failures, durationMs }
}

/** Sets fields that referenced documents created later in the run (same document, both languages when they differ). */
async function setDeferredFields(
  payload: Payload,
  collection: SeedCollectionSlug,
  id: DocumentId,
  fields: Data,
  resolve: (value: unknown, locale: SeedLocale) => unknown,
): Promise<void> {
  const locales: SeedLocale[] = containsBilingual(fields) ? ['nb', 'en'] : ['nb']
  for (const locale of locales) {
    await payload.update({
      collection,
      id,
      data: { ...(resolve(fields, locale) as Data), _status: 'published' },
      locale,
      depth: 0,
      overrideAccess: true,
      context: SEED_CONTEXT,
    })
  }
}

async function seedOneGlobal(
  payload: Payload,
  ledger: SeedLedger,
  slug: SeedGlobalSlug,
  seedKey: string,
  data: unknown,
  resolveIn: (value: unknown, locale: SeedLocale, context: string) => unknown,
  failures: string[],
): Promise<GlobalOutcome> {
  if (ledger.has('global', seedKey)) return 'existing'
  try {
    if (await globalHasContent(payload, slug)) {
      await ledger.record('global', seedKey, null)
      return 'edited-before-seed'
    }
    await writeSeedGlobal(payload, slug, {
      nb: resolveIn(data, 'nb', `global ${slug}`) as Data,
      en: resolveIn(data, 'en', `global ${slug}`) as Data,
    })
    await ledger.record('global', seedKey, null)
    return 'created'
  } catch (error) {
    failures.push(`global ${slug}: ${errorMessage(error)}`)
    return 'failed'
  }
}
