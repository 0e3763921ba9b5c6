import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { seedCollections, seedGlobals } from '@crn/seed'
import type { Payload } from 'payload'

import { createSeedDocument } from '../../src/seed/createSeedDocument'
import { seed } from '../../src/seed/seed'
import { seedIfEmpty } from '../../src/seed/seedIfEmpty'
import type { SeedSummary } from '../../src/seed/types'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'

type Doc = Record<string, unknown> & { id: number | string }

let booted: BootedPayload
let payload: Payload
let first: SeedSummary
const progress: string[] = []

const totalSeedDocuments = seedCollections.reduce((sum, { documents }) => sum + documents.length, 0)
const expectedCount = (collection: string) => seedCollections.find((entry) => entry.collection === collection)?.documents.length ?? -1

async function findAll(collection: string, options: { locale?: 'nb' | 'en'; anonymous?: boolean } = {}): Promise<Doc[]> {
  const result = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    locale: options.locale ?? 'nb',
    fallbackLocale: false,
    overrideAccess: !options.anonymous,
  })
  return result.docs as unknown as Doc[]
}

async function bySeedKey(collection: string, seedKey: string, locale: 'nb' | 'en' = 'nb'): Promise<Doc> {
  const result = await payload.find({ collection, where: { seedKey: { equals: seedKey } }, depth: 0, locale, fallbackLocale: false, overrideAccess: true })
  const doc = result.docs[0] as unknown as Doc | undefined
  if (!doc) throw new Error(`${collection} ${seedKey} not found`)
  return doc
}

/** updatedAt of every seeded document and global, plus the number of versions: what a re-run must not change. */
async function snapshot(): Promise<Record<string, unknown>> {
  const state: Record<string, unknown> = {}
  for (const { collection } of seedCollections) {
    for (const doc of await findAll(collection)) state[`${collection}:${String(doc.id)}`] = doc.updatedAt
    state[`${collection}:versions`] = (await payload.countVersions({ collection, overrideAccess: true })).totalDocs
  }
  for (const { slug } of seedGlobals) {
    state[`global:${slug}`] = ((await payload.findGlobal({ slug, depth: 0, overrideAccess: true })) as unknown as Doc).updatedAt
  }
  return state
}

beforeAll(async () => {
  booted = await bootPayload('seed')
  payload = booted.payload
  const summary = await seedIfEmpty(payload, { log: (line) => progress.push(line) })
  if (!summary) throw new Error('seedIfEmpty did not seed the empty database')
  first = summary
}, 600_000)

afterAll(async () => {
  await booted.shutdown()
})

describe('seeding an empty database', () => {
  it('creates every seed document and both globals, without failures, and reports progress', () => {
    expect(first.failures).toEqual([])
    expect(first.created).toBe(totalSeedDocuments + seedGlobals.length)
    expect(first.skipped).toBe(0)
    expect(first.globals).toEqual({ 'research-overview': 'created', navigation: 'created' })
    expect(progress).toContain(`[seed] projects 6/${expectedCount('projects')} project-equalscreen`)
    expect(progress.some((line) => /^\[seed\] done in \d+\.\d s: \d+ created, 0 skipped, 0 failed$/.test(line))).toBe(true)
  })

  it('stores the expected number of documents per collection', async () => {
    const counts: Record<string, number> = {}
    for (const { collection } of seedCollections) counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
    expect(counts).toEqual({
      people: expectedCount('people'),
      departments: 5,
      sections: 5,
      'screening-programmes': 3,
      projects: expectedCount('projects'),
      'biobank-facts': expectedCount('biobank-facts'),
      'key-figures': expectedCount('key-figures'),
      sources: expectedCount('sources'),
    })
    expect(counts.projects).toBeGreaterThanOrEqual(15)
  })

  it('links sections to their departments and projects to sections or a screening programme', async () => {
    const janus = await bySeedKey('sections', 'section-janus')
    const research = await bySeedKey('departments', 'department-research')
    expect(janus.department).toBe(research.id)
    const analysis = await bySeedKey('sections', 'section-analysis-research')
    expect(analysis.department).toBe((await bySeedKey('departments', 'department-registry')).id)
    const equalscreen = await bySeedKey('projects', 'project-equalscreen')
    expect(equalscreen.sections).toEqual([(await bySeedKey('sections', 'section-hpv')).id])
    expect(equalscreen.screeningProgramme).toBe((await bySeedKey('screening-programmes', 'screening-cervical')).id)
    expect(equalscreen.registrations).toEqual([expect.objectContaining({ type: 'nct', identifier: 'NCT03873376' })])
    // People's units point forward in the seed order and are set after sections exist.
    const hilde = await bySeedKey('people', 'person-hilde-langseth')
    expect(hilde.unit).toEqual({ relationTo: 'sections', value: janus.id })
  })

  it('stores the Janus Serum Bank facts with their dates (or none, when the source states none) and sources', async () => {
    const cases = await payload.find({
      collection: 'biobank-facts',
      where: { series: { equals: 'cancer-cases-among-donors' } },
      sort: 'asOfDate',
      depth: 0,
      overrideAccess: true,
    })
    expect(cases.docs.map((doc) => [String(doc.asOfDate).slice(0, 10), doc.valueNumber])).toEqual([
      ['2018-12-31', 101738],
      ['2020-12-31', 107366],
      ['2021-12-31', 112939],
      ['2022-12-31', 118405],
      ['2023-12-31', 123719],
    ])
    const donors = await bySeedKey('biobank-facts', 'janus-donors-total')
    expect(donors).toMatchObject({ valueNumber: 318628, section: (await bySeedKey('sections', 'section-janus')).id })
    expect(donors).toMatchObject({ dateKind: 'not-stated', asOfDate: null, source: (await bySeedKey('sources', 'source-janus-material')).id })
    const sourceIds = new Set((await findAll('sources')).map((source) => source.id))
    for (const fact of await findAll('biobank-facts')) {
      expect(sourceIds.has(fact.source as number | string)).toBe(true)
      expect(fact.reviewBy).toEqual(expect.any(String))
      if (fact.dateKind === 'not-stated') expect(fact.asOfDate).toBeNull()
      else expect(fact.asOfDate).toEqual(expect.any(String))
    }
  })

  it('has every document in both languages, with different, non-empty bokmål and English titles', async () => {
    // Sources keep the title they were published under and have no page (no slug).
    for (const { collection } of seedCollections.filter((entry) => entry.collection !== 'sources')) {
      const nb = await findAll(collection, { locale: 'nb' })
      const en = new Map((await findAll(collection, { locale: 'en' })).map((doc) => [doc.id, doc]))
      for (const doc of nb) {
        const english = en.get(doc.id)
        expect(typeof doc.title === 'string' && doc.title.length > 0).toBe(true)
        expect(typeof english?.title === 'string' && english.title.length > 0).toBe(true)
        expect({ collection, id: doc.id, same: doc.title === english?.title }).toEqual({ collection, id: doc.id, same: false })
        expect(typeof english?.slug === 'string' && typeof doc.slug === 'string').toBe(true)
      }
    }
  })

  it('keeps both languages inside array rows (rows were matched by id)', async () => {
    const nb = await bySeedKey('departments', 'department-research', 'nb')
    const en = await bySeedKey('departments', 'department-research', 'en')
    const themes = (doc: Doc) => (doc.researchThemes as { theme: string }[]).map((row) => row.theme)
    expect(themes(nb)[0]).toBe('Kreftens årsaker (etiologi)')
    expect(themes(en)[0]).toBe('Causes of cancer (etiology)')
    const equalscreenNb = await bySeedKey('projects', 'project-equalscreen', 'nb')
    const equalscreenEn = await bySeedKey('projects', 'project-equalscreen', 'en')
    expect((equalscreenNb.funding as { note: string }[])[0]?.note).toMatch(/usikkert/)
    expect((equalscreenEn.funding as { note: string }[])[0]?.note).toMatch(/uncertain/)
  })

  it('sets the globals in both languages', async () => {
    const nb = (await payload.findGlobal({ slug: 'research-overview', locale: 'nb', fallbackLocale: false, overrideAccess: true })) as unknown as Doc
    const en = (await payload.findGlobal({ slug: 'research-overview', locale: 'en', fallbackLocale: false, overrideAccess: true })) as unknown as Doc
    expect(nb.title).toBe('Avdelinger og forskere')
    expect(en.title).toBe('Departments and researchers')
    expect((nb.goals as { goal: string }[]).map((row) => row.goal)).toHaveLength(3)
    expect((en.goals as { goal: string }[]).map((row) => row.goal)).toEqual([
      'Prevent cancer from developing',
      'Detect cancer early enough',
      'Contribute to better cancer care',
    ])
    expect((en.sources as { url: string }[]).map((source) => source.url)).toContain('https://www.kreftregisteret.no/en/Research/sections-researchers/')
    const navigation = (await payload.findGlobal({ slug: 'navigation', locale: 'en', depth: 0, overrideAccess: true })) as unknown as Doc
    const items = navigation.items as { label: string; document?: { relationTo: string; value: unknown } | null }[]
    expect(items.map((item) => item.label)).toContain('Janus Serum Bank')
    expect(items.find((item) => item.document)?.document).toEqual({
      relationTo: 'sections',
      value: (await bySeedKey('sections', 'section-janus')).id,
    })
  })

  it('lets anonymous readers see the published seed content, without the hidden seed keys', async () => {
    for (const { collection } of seedCollections) {
      const visible = await findAll(collection, { anonymous: true })
      expect({ collection, count: visible.length }).toEqual({ collection, count: expectedCount(collection) })
      // Sources have no drafts: every source is public.
      expect(visible.every((doc) => (collection === 'sources' || doc._status === 'published') && doc.seedKey === undefined)).toBe(true)
    }
    const overview = (await payload.findGlobal({ slug: 'research-overview', locale: 'en', overrideAccess: false })) as unknown as Doc
    expect(overview.title).toBe('Departments and researchers')
  })
})

describe('seeding again', () => {
  it('creates nothing and changes nothing on a second run', async () => {
    const before = await snapshot()
    const second = await seed(payload)
    expect(second.failures).toEqual([])
    expect(second.created).toBe(0)
    expect(second.skipped).toBe(totalSeedDocuments + seedGlobals.length)
    expect(await snapshot()).toEqual(before)
  })

  it('does not seed automatically once the database has content', async () => {
    expect(await seedIfEmpty(payload)).toBeNull()
  })

  it("keeps an editor's change", async () => {
    const project = await bySeedKey('projects', 'project-firefighters')
    await payload.update({ collection: 'projects', id: project.id, locale: 'en', data: { title: 'Firefighters and cancer (edited)' }, overrideAccess: true })
    const overview = await payload.updateGlobal({ slug: 'research-overview', locale: 'nb', data: { title: 'Forskning ved Kreftregisteret' }, overrideAccess: true })
    expect(overview.title).toBe('Forskning ved Kreftregisteret')

    const again = await seed(payload)
    expect(again.created).toBe(0)
    expect((await bySeedKey('projects', 'project-firefighters', 'en')).title).toBe('Firefighters and cancer (edited)')
    expect((await bySeedKey('projects', 'project-firefighters', 'nb')).title).toBe('Kreftrisiko blant brannkonstabler')
    const global = (await payload.findGlobal({ slug: 'research-overview', locale: 'nb', overrideAccess: true })) as unknown as Doc
    expect(global.title).toBe('Forskning ved Kreftregisteret')
  })

  it('does not recreate a seeded document an editor deleted', async () => {
    const figure = await bySeedKey('key-figures', 'key-figure-new-cases-2014')
    await payload.delete({ collection: 'key-figures', id: figure.id, overrideAccess: true })
    const countAfterDelete = (await payload.count({ collection: 'key-figures', overrideAccess: true })).totalDocs

    const again = await seed(payload)
    expect(again.failures).toEqual([])
    expect(again.created).toBe(0)
    expect(again.collections['key-figures']).toMatchObject({ deletedByEditor: 1, created: 0 })
    expect((await payload.count({ collection: 'key-figures', overrideAccess: true })).totalDocs).toBe(countAfterDelete)
  })
})

describe('writing one seed document', () => {
  it('leaves no half-created document behind when the English version cannot be written', async () => {
    const before = (await payload.count({ collection: 'departments', overrideAccess: true })).totalDocs
    const common = { kind: 'research', lastUpdated: '2026-11-28T12:00:00.000Z' }
    await expect(
      createSeedDocument(payload, 'departments', 'department-half-written', {
        nb: { ...common, title: 'Halvskrevet avdeling', slug: 'halvskrevet-avdeling' },
        en: { ...common, title: 'Half-written department', slug: 'Not a slug!' },
      }),
    ).rejects.toThrow(/slug/i)
    expect((await payload.count({ collection: 'departments', overrideAccess: true })).totalDocs).toBe(before)
    const leftovers = await payload.find({ collection: 'departments', where: { seedKey: { equals: 'department-half-written' } }, overrideAccess: true })
    expect(leftovers.docs).toHaveLength(0)
  })
})

describe('admin user', () => {
  const admin = { email: 'seed-admin@example.org', password: 'a-long-test-password-123' }

  it('is created from the given credentials once, as an admin who can sign in', async () => {
    expect((await seed(payload, { admin })).adminUser).toBe('created')
    const users = await payload.find({ collection: 'users', where: { email: { equals: admin.email } }, overrideAccess: true })
    expect(users.docs).toHaveLength(1)
    expect(users.docs[0]?.role).toBe('admin')
    const login = await payload.login({ collection: 'users', data: admin })
    expect(login.token).toEqual(expect.any(String))
    expect((await seed(payload, { admin: { ...admin, password: 'another-password-4567' } })).adminUser).toBe('exists')
    expect((await payload.login({ collection: 'users', data: admin })).token).toEqual(expect.any(String))
  })

  it('is not created without credentials', async () => {
    expect((await seed(payload)).adminUser).toBe('not-configured')
  })
})
