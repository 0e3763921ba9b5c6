import { afterEach, describe, expect, it } from '@jest/globals'

import { ContentGraphQLError, ContentNotFoundError, createContentClient, type RequestMeta } from '../src'
import { type CannedAnswer, type CannedServer, type ReceivedRequest, page, startCannedServer } from './helpers/cannedServer'

let server: CannedServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function clientFor(answer: (request: ReceivedRequest) => CannedAnswer) {
  server = await startCannedServer(answer)
  const metas: RequestMeta[] = []
  const client = createContentClient({ baseUrl: server.baseUrl, requestInit: (init, meta) => (metas.push(meta), init) })
  return { client, requests: server.requests, metas }
}

const project = { id: '0f8e2a4c-7b1d-4e3a-9c55-000000000007', title: 'EQUALSCREEN', slug: 'equalscreen', status: 'ongoing', lastUpdated: '2024-01-01', updatedAt: '', createdAt: '' }

describe('collection reads', () => {
  it('findBySlug queries the slug in the locale and tags the read with the collection', async () => {
    const { client, requests, metas } = await clientFor(() => ({ json: page([project]) }))
    const found = await client.projects.findBySlug('equalscreen', { locale: 'en', depth: 1 })
    expect(found.id).toBe(project.id)
    const params = requests[0]?.url.searchParams
    expect(requests[0]?.url.pathname).toBe('/api/projects')
    expect(params?.get('locale')).toBe('en')
    expect(params?.get('depth')).toBe('1')
    expect(params?.get('limit')).toBe('1')
    expect(params?.get('where[slug][equals]')).toBe('equalscreen')
    expect(metas[0]?.tags).toEqual(['collection:projects', 'cms:all'])
  })

  it('findBySlug throws ContentNotFoundError when nothing matches in either locale', async () => {
    const { client, requests } = await clientFor(() => ({ json: page([]) }))
    await expect(client.sections.findBySlug('missing', { locale: 'en' })).rejects.toBeInstanceOf(ContentNotFoundError)
    // English first, then the bokmål slug of an untranslated document.
    expect(requests.map((request) => request.url.searchParams.get('locale'))).toEqual(['en', 'nb'])
  })

  it('findBySlug falls back to the bokmål slug only for a document without its own English slug', async () => {
    const { client } = await clientFor((request) => {
      const { pathname, searchParams } = request.url
      if (pathname === '/api/projects/0f8e2a4c-7b1d-4e3a-9c55-000000000007' && searchParams.get('locale') === 'all') return { json: { id: '0f8e2a4c-7b1d-4e3a-9c55-000000000007', slug: { nb: 'likskjerm' } } }
      if (pathname === '/api/projects/0f8e2a4c-7b1d-4e3a-9c55-000000000007') return { json: { ...project, title: 'English title' } }
      return { json: page(searchParams.get('locale') === 'nb' ? [project] : []) }
    })
    await expect(client.projects.findBySlug('likskjerm', { locale: 'en' })).resolves.toMatchObject({ title: 'English title' })
  })

  it('findBySlug does not let a bokmål slug reach a document that has its own English slug', async () => {
    const { client } = await clientFor((request) => {
      const { pathname, searchParams } = request.url
      if (pathname === '/api/projects/0f8e2a4c-7b1d-4e3a-9c55-000000000007') return { json: { id: '0f8e2a4c-7b1d-4e3a-9c55-000000000007', slug: { nb: 'likskjerm', en: 'equalscreen' } } }
      return { json: page(searchParams.get('locale') === 'nb' ? [project] : []) }
    })
    await expect(client.projects.findBySlug('likskjerm', { locale: 'en' })).rejects.toBeInstanceOf(ContentNotFoundError)
  })

  it('findById tags the read with the document and throws on 404', async () => {
    const { client, metas } = await clientFor((request) =>
      request.url.pathname.endsWith('/0f8e2a4c-7b1d-4e3a-9c55-000000000007') ? { json: project } : { status: 404, json: { errors: [{ message: 'Not Found' }] } },
    )
    await expect(client.projects.findById('0f8e2a4c-7b1d-4e3a-9c55-000000000007', { locale: 'nb' })).resolves.toMatchObject({ id: '0f8e2a4c-7b1d-4e3a-9c55-000000000007' })
    expect(metas[0]?.tags).toEqual(['doc:projects:0f8e2a4c-7b1d-4e3a-9c55-000000000007', 'collection:projects', 'cms:all'])
    await expect(client.projects.findById('0f8e2a4c-7b1d-4e3a-9c55-000000000008')).rejects.toBeInstanceOf(ContentNotFoundError)
  })

  it('findSlugs reads every locale of the slug', async () => {
    const { client, requests } = await clientFor(() => ({ json: { id: 's3', slug: { nb: 'janus-serumbanken', en: 'janus-serum-bank' } } }))
    await expect(client.sections.findSlugs('s3')).resolves.toEqual({ nb: 'janus-serumbanken', en: 'janus-serum-bank' })
    expect(requests[0]?.url.searchParams.get('locale')).toBe('all')
    expect(requests[0]?.url.searchParams.get('select[slug]')).toBe('true')
  })

  it('projects.list builds the filter, sort and page', async () => {
    const { client, requests } = await clientFor(() => ({ json: page([project], { page: 2, totalDocs: 11 }) }))
    const result = await client.projects.list({ status: 'ongoing', section: 's4' }, { locale: 'nb', page: 2, limit: 10 })
    expect(result).toMatchObject({ page: 2, totalPages: 2, hasPrevPage: true })
    const params = requests[0]?.url.searchParams
    expect(params?.get('where[and][0][status][equals]')).toBe('ongoing')
    expect(params?.get('where[and][1][sections][in][0]')).toBe('s4')
    expect(params?.get('sort')).toBe('-startYear,title')
    expect(params?.get('page')).toBe('2')
  })

  it('departments.listWithSections joins the sections and tags both collections', async () => {
    const { client, requests, metas } = await clientFor(() => ({ json: page([{ id: 1, title: 'Research' }]) }))
    await client.departments.listWithSections({ locale: 'en' })
    const params = requests[0]?.url.searchParams
    expect(params?.get('joins[sections][sort]')).toBe('order')
    expect(params?.get('pagination')).toBe('false')
    expect(metas[0]?.tags).toEqual(['collection:departments', 'cms:all', 'collection:sections'])
  })

  it('people.byIds keeps the order asked for and skips unknown ids', async () => {
    const { client } = await clientFor(() => ({ json: page([{ id: 'p2', name: 'B' }, { id: 'p1', name: 'A' }]) }))
    const people = await client.people.byIds(['p1', 'p5', 'p2'])
    expect(people.map((person) => person.id)).toEqual(['p1', 'p2'])
  })

  it('keyFigures.bySeries groups figures by series', async () => {
    const { client } = await clientFor(() => ({
      json: page([
        { id: 1, series: 'new-cases', referenceYear: 2022 },
        { id: 2, series: 'new-cases', referenceYear: 2023 },
        { id: 3, series: null, referenceYear: 2023 },
      ]),
    }))
    const groups = await client.keyFigures.bySeries({ locale: 'en' })
    expect(groups.get('new-cases')?.map((figure) => figure.id)).toEqual([1, 2])
    expect(groups.get('')?.map((figure) => figure.id)).toEqual([3])
  })
})

describe('globals', () => {
  it('reads a global with its tag', async () => {
    const { client, requests, metas } = await clientFor(() => ({ json: { id: 1, title: 'Research', lastUpdated: '2020-11-16' } }))
    await expect(client.globals.researchOverview({ locale: 'en' })).resolves.toMatchObject({ title: 'Research' })
    expect(requests[0]?.url.pathname).toBe('/api/globals/research-overview')
    expect(metas[0]?.tags).toEqual(['global:research-overview', 'cms:all'])
  })

  it('treats an empty global ({}) as not found instead of returning nothing', async () => {
    const { client } = await clientFor(() => ({ json: {} }))
    await expect(client.globals.navigation()).rejects.toBeInstanceOf(ContentNotFoundError)
  })
})

describe('search and GraphQL', () => {

  it('asks the search index for ranked hits, then reads their teasers in one GraphQL request, in rank order', async () => {
    const [first, second] = ['0f8e2a4c-7b1d-4e3a-9c55-000000000007', '0f8e2a4c-7b1d-4e3a-9c55-000000000008']
    const { client, requests } = await clientFor((request) =>
      request.url.pathname === '/api/search'
        ? { json: { query: 'equal screen', hits: [{ collection: 'projects', id: first, score: 9 }, { collection: 'projects', id: second, score: 3 }] } }
        : { json: { data: { projects: { docs: [{ id: second, title: 'SCREEN' }, { id: first, title: 'EQUALSCREEN' }] } } } },
    )
    const results = await client.search('  equal   screen ', { locale: 'en' })
    expect(results).toMatchObject({ query: 'equal screen', total: 2 })
    expect(results.projects.map((found) => found.id)).toEqual([first, second])
    expect(requests[0]?.url.pathname).toBe('/api/search')
    expect(Object.fromEntries(requests[0]?.url.searchParams ?? [])).toEqual({ q: 'equal screen', locale: 'en', limit: '20' })
    const body = JSON.parse(requests[1]?.body ?? '{}') as { query: string; variables: Record<string, unknown> }
    expect(requests[1]?.method).toBe('POST')
    expect(requests[1]?.url.pathname).toBe('/api/graphql')
    expect(body.variables).toEqual({ locale: 'en', limit: 20, departments: false, sections: false, projects: true, people: false })
    expect(body.query).toContain(first)
  })

  it('sends no GraphQL read when the index has no hits', async () => {
    const { client, requests } = await clientFor(() => ({ json: { query: 'zzz', hits: [] } }))
    await expect(client.search('zzz', { locale: 'nb' })).resolves.toMatchObject({ total: 0 })
    expect(requests).toHaveLength(1)
  })

  it('does not ask the CMS for a query shorter than two characters', async () => {
    const { client, requests } = await clientFor(() => ({ json: {} }))
    await expect(client.search(' a ', { locale: 'nb' })).resolves.toMatchObject({ total: 0 })
    expect(requests).toHaveLength(0)
  })

  it('throws ContentGraphQLError when the answer carries errors', async () => {
    const { client } = await clientFor(() => ({ json: { errors: [{ message: 'Cannot query field "x"' }], data: null } }))
    await expect(client.graphql('{ x }')).rejects.toBeInstanceOf(ContentGraphQLError)
  })
})
