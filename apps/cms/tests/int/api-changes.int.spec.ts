import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { assertTestDatabase } from '../helpers/apiContent'
import { type ApiClient, apiClient, errorMessages } from '../helpers/apiClient'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type Doc, fixtures, unique } from '../helpers/fixtures'

/**
 * The change feed, `GET /api/changes?since=…`: one entry each time readers' view of a
 * document changes (published, updated, unpublished, deleted), with its slug in each
 * language, oldest first and paginated; draft saves are not changes.
 */
let booted: BootedPayload
let api: ApiClient

type Change = { id: string; collection: string; documentId: string; kind: string; slug: { nb: string | null; en: string | null }; occurredAt: string }
type Feed = { docs: Change[]; totalDocs: number; page: number; totalPages: number; hasNextPage: boolean; nextPage: number | null; next: string | null }

beforeAll(async () => {
  booted = await bootPayload('api-changes')
  await assertTestDatabase()
  api = await apiClient()
})
afterAll(async () => {
  await booted.shutdown()
})

async function feed(query: string): Promise<Feed> {
  const response = await api.send(`/api/changes?${query}`)
  expect({ query, status: response.status }).toEqual({ query, status: 200 })
  return response.json as Feed
}

const changesOf = async (since: string, collection: string, doc: Doc) =>
  (await feed(`since=${encodeURIComponent(since)}&limit=100`)).docs.filter((change) => change.collection === collection && change.documentId === String(doc.id))

describe('what counts as a change', () => {
  it('publish, draft save, republish, unpublish, publish again, delete', async () => {
    const since = new Date().toISOString()
    const make = fixtures(booted.payload)
    const section = await make.section()
    const project = await make.project({ title: unique('Strømmeprosjekt'), sections: [section.id], _status: 'draft' }, { draft: true })
    expect(await changesOf(since, 'projects', project)).toEqual([])

    const id = project.id
    const update = (data: Record<string, unknown>, options: { draft?: boolean; locale?: 'nb' | 'en' } = {}) =>
      booted.payload.update({ collection: 'projects', id, data, draft: options.draft, locale: options.locale ?? 'nb', overrideAccess: true })

    await update({ _status: 'published' })
    await update({ title: 'Utkast over publisert', _status: 'draft' }, { draft: true })
    await update({ title: 'English title', slug: 'stream-project-en', _status: 'published' }, { locale: 'en' })
    await update({ _status: 'draft' })
    await update({ _status: 'published' })
    await booted.payload.delete({ collection: 'projects', id, overrideAccess: true })

    const changes = await changesOf(since, 'projects', project)
    expect(changes.map((change) => change.kind)).toEqual(['published', 'updated', 'unpublished', 'published', 'deleted'])
    for (const change of changes) expect(change.collection).toBe('projects')
    expect(changes[0]?.slug).toEqual({ nb: project.slug, en: null })
    expect(changes[1]?.slug).toEqual({ nb: project.slug, en: 'stream-project-en' })
    expect(changes[4]?.slug).toEqual({ nb: project.slug, en: 'stream-project-en' })
    const times = changes.map((change) => Date.parse(change.occurredAt))
    expect([...times].sort((a, b) => a - b)).toEqual(times)
  })

  it('a document deleted before it was ever published leaves no trace', async () => {
    const since = new Date().toISOString()
    const draft = await fixtures(booted.payload).person({ name: unique('Aldri publisert'), _status: 'draft' }, { draft: true })
    await booted.payload.delete({ collection: 'people', id: draft.id, overrideAccess: true })
    expect(await changesOf(since, 'people', draft)).toEqual([])
  })

  it('covers every content collection', async () => {
    const since = new Date().toISOString()
    const make = fixtures(booted.payload)
    const created = [await make.department(), await make.section(), await make.project(), await make.biobankFact(), await make.screeningProgramme(), await make.person(), await make.keyFigure()]
    const collections = new Set((await feed(`since=${encodeURIComponent(since)}&limit=100`)).docs.map((change) => change.collection))
    expect([...collections].sort()).toEqual(['biobank-facts', 'departments', 'key-figures', 'people', 'projects', 'screening-programmes', 'sections'])
    expect(created).toHaveLength(7)
  })
})

describe('reading the feed', () => {
  it('pages through the changes oldest first, each exactly once, and filters by collection', async () => {
    const since = new Date().toISOString()
    const make = fixtures(booted.payload)
    for (let index = 0; index < 5; index += 1) await make.keyFigure()
    const all = await feed(`since=${encodeURIComponent(since)}&collection=key-figures&limit=100`)
    expect(all.totalDocs).toBe(5)
    const seen: string[] = []
    let page: number | null = 1
    while (page !== null) {
      const body: Feed = await feed(`since=${encodeURIComponent(since)}&collection=key-figures&limit=2&page=${page}`)
      seen.push(...body.docs.map((change) => change.id))
      page = body.nextPage
    }
    expect(seen).toEqual(all.docs.map((change) => change.id))
    const later = await feed(`since=${encodeURIComponent(all.docs[2]?.occurredAt ?? '')}&collection=key-figures&limit=100`)
    expect(later.docs.map((change) => change.id)).toEqual(all.docs.slice(2).map((change) => change.id))
  })

  it('walks with the `next` cursor: every change exactly once, in (occurredAt, id) order, including changes at the same instant', async () => {
    const since = new Date(Date.now() - 10_000).toISOString()
    const make = fixtures(booted.payload)
    for (let index = 0; index < 3; index += 1) await make.keyFigure()
    // Three changes at one instant: only the id tells them apart, so the cursor must carry it.
    const instant = new Date(Date.now() - 5_000).toISOString()
    for (let index = 0; index < 3; index += 1) {
      await booted.payload.create({
        collection: 'content-changes',
        data: { documentCollection: 'key-figures', documentId: unique('samtidig'), kind: 'updated', slug: { nb: null, en: null }, occurredAt: instant },
        overrideAccess: true,
      })
    }
    const all = await feed(`since=${encodeURIComponent(since)}&collection=key-figures&limit=100`)
    expect(all.docs.filter((change) => change.occurredAt === instant)).toHaveLength(3)
    expect(all.docs.length).toBeGreaterThanOrEqual(6)
    const seen: string[] = []
    let body = await feed(`since=${encodeURIComponent(since)}&collection=key-figures&limit=1`)
    seen.push(...body.docs.map((change) => change.id))
    for (let guard = 0; body.hasNextPage && guard < 20; guard += 1) {
      expect(body.next).toEqual(expect.any(String))
      body = await feed(`after=${body.next}&collection=key-figures&limit=1`)
      seen.push(...body.docs.map((change) => change.id))
    }
    expect(seen).toEqual(all.docs.map((change) => change.id))
    // At the end: an empty answer that keeps the position, and a new change appears after it.
    const end = await feed(`after=${body.next}&collection=key-figures&limit=1`)
    expect({ docs: end.docs, next: end.next, hasNextPage: end.hasNextPage }).toEqual({ docs: [], next: body.next, hasNextPage: false })
    const figure = await make.keyFigure()
    const after = await feed(`after=${end.next}&collection=key-figures&limit=10`)
    expect(after.docs.map((change) => change.documentId)).toEqual([String(figure.id)])
  })

  it('accepts a date, a UTC time and an offset time; the future has no changes', async () => {
    expect((await feed('since=2000-01-01')).totalDocs).toBeGreaterThan(0)
    expect((await feed('since=2000-01-01T00:00:00Z')).totalDocs).toBeGreaterThan(0)
    expect((await feed(`since=${encodeURIComponent('2000-01-01T02:00:00.000+02:00')}`)).totalDocs).toBeGreaterThan(0)
    expect((await feed('since=2999-01-01')).docs).toEqual([])
  })

  it.each([
    ['missing', ''],
    ['empty', 'since='],
    ['not a date', 'since=yesterday'],
    ['an impossible day', 'since=2024-02-30'],
    ['a time without a zone', 'since=2024-05-01T12:00:00'],
    ['an hour of 25', 'since=2024-05-01T25:00:00Z'],
    ['a Unix timestamp', 'since=1714567890'],
    ['an unknown collection', 'since=2024-01-01&collection=users'],
    ['page 0', 'since=2024-01-01&page=0'],
    ['a cursor that is not ours', 'after=bm90LWEtY3Vyc29y'],
    ['a cursor with bad characters', 'after=%7B%7D'],
  ])('a bad request (%s) is a 400 with a message', async (_label, query) => {
    const response = await api.send(`/api/changes?${query}`)
    expect(response.status).toBe(400)
    expect(errorMessages(response)[0]).toMatch(/since|collection|page|after/)
  })
})
