import { afterEach, describe, expect, it } from '@jest/globals'

import { ContentUsageError, createContentClient } from '../src'
import { type CannedServer, page, startCannedServer } from './helpers/cannedServer'

let server: CannedServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

/** A collection of `total` documents served in Payload's page shape. */
async function collectionOf(total: number) {
  server = await startCannedServer((request) => {
    const limit = Number(request.url.searchParams.get('limit') ?? 10)
    const current = Number(request.url.searchParams.get('page') ?? 1)
    const ids = Array.from({ length: total }, (_, index) => index + 1).slice((current - 1) * limit, current * limit)
    return { json: page(ids.map((id) => ({ id })), { page: current, limit, totalDocs: total }) }
  })
  return { cms: createContentClient({ baseUrl: server.baseUrl }), requests: server.requests }
}

describe('page walks', () => {
  it('findEvery reads every page at the largest page size, sorted with id as tie-breaker', async () => {
    const { cms, requests } = await collectionOf(250)
    const docs = await cms.projects.findEvery({ locale: 'en', sort: '-startYear', where: { status: { equals: 'ongoing' } } })
    expect(docs.map((doc) => doc.id)).toEqual(Array.from({ length: 250 }, (_, index) => index + 1))
    expect(requests.map((request) => request.url.searchParams.get('page'))).toEqual(['1', '2', '3'])
    expect(requests.every((request) => request.url.searchParams.get('limit') === '100')).toBe(true)
    expect(requests[0]?.url.searchParams.get('sort')).toBe('-startYear,id')
    expect(requests[0]?.url.searchParams.get('where[status][equals]')).toBe('ongoing')
  })

  it('pages() starts where asked and stops after maxPages; iterate() yields documents', async () => {
    const { cms, requests } = await collectionOf(45)
    const seen: number[] = []
    for await (const result of cms.people.pages({ limit: 10, page: 2, maxPages: 2, sort: ['name', 'id'] })) seen.push(result.page)
    expect(seen).toEqual([2, 3])
    expect(requests[0]?.url.searchParams.get('sort')).toBe('name,id')
    const ids: string[] = []
    for await (const person of cms.people.iterate({ limit: 20 })) ids.push(person.id)
    expect(ids).toHaveLength(45)
  })

  it('findEvery refuses to return part of a result when maxPages is reached', async () => {
    const { cms } = await collectionOf(30)
    await expect(cms.sections.findEvery({ limit: 10, maxPages: 2 })).rejects.toThrow(/more than 2 pages of 10 match \(30 documents\)/)
  })

  it('refuses page sizes the CMS would refuse, before sending', async () => {
    const { cms, requests } = await collectionOf(5)
    for (const limit of [0, 101, 2.5]) await expect(cms.projects.findEvery({ limit })).rejects.toBeInstanceOf(ContentUsageError)
    await expect(cms.projects.findEvery({ maxPages: 0 })).rejects.toBeInstanceOf(ContentUsageError)
    expect(requests).toHaveLength(0)
  })

  it('an empty result is one request and no documents', async () => {
    const { cms, requests } = await collectionOf(0)
    await expect(cms.keyFigures.findEvery()).resolves.toEqual([])
    expect(requests).toHaveLength(1)
  })
})
