import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { fixtures, type Doc } from '../helpers/fixtures'
import { restClient } from '../helpers/restClient'

/**
 * The site's search index (search/): prefix and compound-word matching in Norwegian, relevance
 * ranking, published documents only, and kept current by the content hooks. Asked the way the
 * site asks it, through `GET /api/search` on the CMS's own route handlers.
 */

let booted: BootedPayload
let rest: Awaited<ReturnType<typeof restClient>>
let make: ReturnType<typeof fixtures>

type Hit = { collection: string; id: string; score: number }
type SearchBody = { query: string; hits: Hit[] }

async function search(q: string, locale: 'nb' | 'en' = 'nb'): Promise<Hit[]> {
  const response = await rest.call('GET', `/api/search?q=${encodeURIComponent(q)}&locale=${locale}`)
  expect(response.status).toBe(200)
  return (response.body as SearchBody).hits
}

const ids = (hits: Hit[], collection = 'projects') => hits.filter((hit) => hit.collection === collection).map((hit) => hit.id)

beforeAll(async () => {
  booted = await bootPayload('search-index')
  rest = await restClient()
  make = fixtures(booted.payload)
})
afterAll(async () => {
  await booted?.shutdown()
})

describe('matching', () => {
  let screening: Doc
  let registry: Doc
  beforeAll(async () => {
    screening = await make.project({ title: 'Screening for livmorhalskreft hos unge kvinner', lead: 'Hvordan deltar kvinner i screening?' })
    registry = await make.project({ title: 'Data fra Kreftregisteret', lead: 'Bruk av registerdata i forskning.' })
  })

  it('finds a compound word through its first part: screeningprogrammet finds "screening"', async () => {
    expect(ids(await search('screeningprogrammet'))).toContain(screening.id)
  })

  it('finds a word by its beginning: kreft finds "Kreftregisteret"', async () => {
    expect(ids(await search('kreft'))).toContain(registry.id)
  })

  it('requires every word of the query', async () => {
    const hits = ids(await search('kreftregisteret registerdata'))
    expect(hits).toContain(registry.id)
    expect(hits).not.toContain(screening.id)
  })

  it('refuses a locale the site does not have with a 400 and a message', async () => {
    const response = await rest.call('GET', '/api/search?q=kreft&locale=de')
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('locale')
  })
})

describe('ranking', () => {
  it('ranks a title match above a match in the lead, whatever the order of creation', async () => {
    const inLead = await make.project({ title: 'Oppfølging av pasienter', lead: 'Studien ser på zyklotronbehandling over ti år.' })
    const inTitle = await make.project({ title: 'Zyklotronbehandling og overlevelse', lead: 'En registerstudie.' })
    expect(ids(await search('zyklotronbehandling'))).toEqual([inTitle.id, inLead.id])
  })
})

describe('published documents only', () => {
  it('never finds a draft, and finds it once it is published, in both locales', async () => {
    const draft = await make.project({ title: 'Kvartsbølgestudien', _status: 'draft' }, { draft: true })
    expect(ids(await search('kvartsbølgestudien'))).toEqual([])
    await booted.payload.update({ collection: 'projects', id: draft.id, data: { title: 'Kvartsbølgestudien', _status: 'published' }, locale: 'nb', overrideAccess: true })
    expect(ids(await search('kvartsbølgestudien'))).toEqual([draft.id])
    // English has no own title yet: the bokmål one is what an English reader sees (fallback).
    expect(ids(await search('kvartsbølgestudien', 'en'))).toEqual([draft.id])
  })

  it('keeps the published text when a draft is saved over it, and forgets it on unpublish and delete', async () => {
    const project = await make.project({ title: 'Polarlysregisteret' })
    expect(ids(await search('polarlysregisteret'))).toEqual([project.id])
    await booted.payload.update({ collection: 'projects', id: project.id, data: { title: 'Nordlysregisteret' }, draft: true, locale: 'nb', overrideAccess: true })
    expect(ids(await search('polarlysregisteret'))).toEqual([project.id])
    expect(ids(await search('nordlysregisteret'))).toEqual([])
    await booted.payload.update({ collection: 'projects', id: project.id, data: { _status: 'draft' }, locale: 'nb', overrideAccess: true })
    expect(ids(await search('polarlysregisteret'))).toEqual([])
    const other = await make.project({ title: 'Polarlysregisteret igjen' })
    expect(ids(await search('polarlysregisteret'))).toEqual([other.id])
    await booted.payload.delete({ collection: 'projects', id: other.id, overrideAccess: true })
    expect(ids(await search('polarlysregisteret'))).toEqual([])
  })
})

describe('rebuild', () => {
  it('an emptied index is rebuilt from the published documents on start', async () => {
    const { searchIndexFor, ensureSearchIndex } = await import('../../src/search/openSearchIndex')
    const published = await make.project({ title: 'Gjenoppbyggingsstudien' })
    await make.project({ title: 'Gjenoppbyggingsutkastet', _status: 'draft' }, { draft: true })
    await searchIndexFor(booted.payload).clear()
    expect(await search('gjenoppbygging')).toEqual([])
    await ensureSearchIndex(booted.payload)
    expect(ids(await search('gjenoppbygging'))).toEqual([published.id])
  })
})
