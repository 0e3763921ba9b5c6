import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { CONTENT_CHANGES_SLUG } from '../../collections/ContentChanges'
import { SEED_CONTEXT } from '../seedContext'
import { LARGE_SEED_PREFIX, largePerson, largePersonSeedKey, largeProject, largeProjectSeedKey } from './generateLargeContent'
import { type Progress, progressBar } from './progressBar'

export type LargeSeedOptions = {
  projects: number
  people: number
  /** Extra historical change-log rows spread over the last `changeSpanDays` days. */
  changes: number
  changeSpanDays?: number
  /**
   * At most this many new documents in this process. On SQLite the process keeps ~0.7 MB of
   * native memory per versioned document written (heap flat; likely @libsql/client 0.14, see
   * docs/benchmarks.md "Scale"); the launcher runs the seed in a fresh process per budget until
   * nothing is left.
   */
  budget?: number
  out?: NodeJS.WriteStream
}

export type LargeSeedOutcome = { people: number; projects: number; changes: number; finished: boolean }

type Id = number | string
type LargeCollection = 'projects' | 'people'

/** Documents are written in batches, each in one transaction where the adapter has them (MongoDB). */
const BATCH = 100

/** Seed keys already present, so a second run only adds what is missing. */
async function existingSeedKeys(payload: Payload, collection: LargeCollection): Promise<Set<string>> {
  const keys = new Set<string>()
  for (let page = 1; ; page += 1) {
    const result = await payload.find({
      collection,
      where: { seedKey: { like: LARGE_SEED_PREFIX } },
      select: { seedKey: true },
      limit: 1000,
      page,
      depth: 0,
      draft: true,
      overrideAccess: true,
      pagination: true,
    })
    for (const doc of result.docs as { seedKey?: string | null }[]) if (doc.seedKey) keys.add(doc.seedKey)
    if (!result.hasNextPage) return keys
  }
}

async function idsOf(payload: Payload, collection: LargeCollection | 'sections', where = {}): Promise<Id[]> {
  const result = await payload.find({ collection, where, select: {}, limit: 0, pagination: false, depth: 0, overrideAccess: true })
  return result.docs.map((doc) => doc.id)
}

/** Runs `write` for each item in batches, one transaction per batch where the adapter supports it. */
async function inBatches<T>(payload: Payload, items: T[], progress: Progress, write: (item: T, req: PayloadRequest) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH) {
    const req = await createLocalReq({ context: { ...SEED_CONTEXT } }, payload)
    const ownsTransaction = await initTransaction(req)
    try {
      for (const item of items.slice(start, start + BATCH)) {
        await write(item, req)
        progress.tick()
      }
      if (ownsTransaction) await commitTransaction(req)
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      throw error
    }
  }
}

/**
 * Creates one published document in both languages in a single write (locale 'all': every
 * localized field carries `{ nb, en }`), half the work of a bokmål create plus an English update.
 */
async function createBilingual(payload: Payload, req: PayloadRequest, collection: LargeCollection, seedKey: string, data: { nb: Record<string, unknown>; en: Record<string, unknown> }) {
  const localized = Object.fromEntries(Object.keys(data.en).map((field) => [field, { nb: data.nb[field], en: data.en[field] }]))
  await payload.create({
    collection,
    data: { ...data.nb, ...localized, seedKey, _status: 'published' } as never,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req,
    context: SEED_CONTEXT,
  })
}

/**
 * Adds the large generated data set through the Local API: people, then projects linked to
 * sections and people, then historical change-log rows. Idempotent: documents whose seed key
 * exists are skipped (historical change rows are added only together with new projects).
 */
export async function seedLarge(payload: Payload, options: LargeSeedOptions): Promise<LargeSeedOutcome> {
  const out = options.out ?? process.stdout
  let budget = options.budget ?? Number.POSITIVE_INFINITY
  const sections = await idsOf(payload, 'sections')

  const knownPeople = await existingSeedKeys(payload, 'people')
  const missingPeople = range(options.people).filter((n) => !knownPeople.has(largePersonSeedKey(n)))
  const newPeople = missingPeople.slice(0, budget)
  budget -= newPeople.length
  const peopleBar = progressBar(out, 'people', options.people, options.people - missingPeople.length)
  await inBatches(payload, newPeople, peopleBar, (n, req) => createBilingual(payload, req, 'people', largePersonSeedKey(n), largePerson(n, sections)))
  peopleBar.done()
  if (newPeople.length < missingPeople.length) return { people: newPeople.length, projects: 0, changes: 0, finished: false }

  const people = await idsOf(payload, 'people', { seedKey: { like: LARGE_SEED_PREFIX } })
  const knownProjects = await existingSeedKeys(payload, 'projects')
  const missingProjects = range(options.projects).filter((n) => !knownProjects.has(largeProjectSeedKey(n)))
  const newProjects = missingProjects.slice(0, budget)
  const projectBar = progressBar(out, 'projects', options.projects, options.projects - missingProjects.length)
  await inBatches(payload, newProjects, projectBar, (n, req) => createBilingual(payload, req, 'projects', largeProjectSeedKey(n), largeProject(n, { sections, people })))
  projectBar.done()
  if (newProjects.length < missingProjects.length) return { people: newPeople.length, projects: newProjects.length, changes: 0, finished: false }

  // History: the feed of a registry that has published for a while (older rows than the
  // retention are what the pruning job removes). Added once, with the last projects.
  const changes = missingProjects.length > 0 ? options.changes : 0
  const spanMs = (options.changeSpanDays ?? 400) * 86_400_000
  const now = Date.now()
  const changeBar = progressBar(out, 'change-log rows', changes)
  await inBatches(payload, range(changes), changeBar, async (n, req) => {
    const projectNumber = 1 + (n % Math.max(1, options.projects))
    await payload.create({
      collection: CONTENT_CHANGES_SLUG,
      data: {
        documentCollection: 'projects',
        documentId: `${LARGE_SEED_PREFIX}${projectNumber}`,
        kind: n % 10 === 0 ? 'published' : 'updated',
        slug: { nb: `historikk-${projectNumber}`, en: `history-${projectNumber}` },
        occurredAt: new Date(now - spanMs + Math.floor((spanMs * n) / Math.max(1, changes))).toISOString(),
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  })
  changeBar.done()
  return { people: newPeople.length, projects: newProjects.length, changes, finished: true }
}

/** Deletes the generated documents (at most `budget` in this process) and, once none is left, the generated history. */
export async function removeLarge(payload: Payload, budget = Number.POSITIVE_INFINITY, out: NodeJS.WriteStream = process.stdout): Promise<{ removed: number; finished: boolean }> {
  let removed = 0
  for (const collection of ['projects', 'people'] as const) {
    const all = await idsOf(payload, collection, { seedKey: { like: LARGE_SEED_PREFIX } })
    const ids = all.slice(0, budget - removed)
    const bar = progressBar(out, `removing ${collection}`, ids.length)
    await inBatches(payload, ids, bar, async (id, req) => {
      await payload.delete({ collection, id, overrideAccess: true, req, context: SEED_CONTEXT })
    })
    bar.done()
    removed += ids.length
    if (ids.length < all.length) return { removed, finished: false }
  }
  // The generated history and the change-log entries the generated documents left behind.
  await payload.db.deleteMany({ collection: CONTENT_CHANGES_SLUG, where: { documentId: { like: LARGE_SEED_PREFIX } } })
  return { removed, finished: true }
}

const range = (count: number) => Array.from({ length: Math.max(0, count) }, (_, index) => index + 1)
