import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { allKeys, type ApiContent, CONTENT_SLUGS, createApiContent, PRIVATE_KEYS } from '../helpers/apiContent'
import { type ApiClient, apiClient, apiKeyHeader } from '../helpers/apiClient'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'

/**
 * The read contract of the content API for anonymous readers and services: every content
 * collection over REST and GraphQL with locale, fallback, depth, select, where, sort and
 * pagination; published documents only; no private field at any depth.
 */
let booted: BootedPayload
let api: ApiClient
let content: ApiContent
let serviceKey: string

type ListBody = { docs: Record<string, unknown>[]; totalDocs: number; page: number; totalPages: number; hasNextPage: boolean; limit: number }

beforeAll(async () => {
  booted = await bootPayload('api-contract')
  api = await apiClient()
  content = await createApiContent(booted.payload)
  serviceKey = `service-key-${Date.now()}`
  await booted.payload.create({ collection: 'api-keys', data: { name: 'Contract test service', enableAPIKey: true, apiKey: serviceKey }, overrideAccess: true })
})
afterAll(async () => {
  await booted.shutdown()
})

const list = async (path: string, headers: Record<string, string> = {}) => {
  const response = await api.send(path, { headers })
  expect({ path, status: response.status }).toEqual({ path, status: 200 })
  return response.json as ListBody
}

describe('REST, every content collection', () => {
  it.each(CONTENT_SLUGS)('%s: lists published documents, finds one by id and by slug, counts', async (slug) => {
    const page = await list(`/api/${slug}?depth=0&limit=5`)
    expect(page.docs.length).toBeGreaterThan(0)
    expect(page.docs.every((doc) => doc._status === 'published')).toBe(true)
    const first = page.docs[0] as { id: number | string; slug: string }
    const byId = await api.send(`/api/${slug}/${first.id}?depth=0`)
    expect(byId.status).toBe(200)
    expect((byId.json as { id: unknown }).id).toBe(first.id)
    const bySlug = await list(`/api/${slug}?where[slug][equals]=${encodeURIComponent(first.slug)}&depth=0`)
    expect(bySlug.docs.map((doc) => doc.id)).toEqual([first.id])
    const count = await api.send(`/api/${slug}/count`)
    expect((count.json as { totalDocs: number }).totalDocs).toBe(page.totalDocs)
  })

  it.each(CONTENT_SLUGS)('%s: GraphQL lists the same documents', async (slug) => {
    const rest = await list(`/api/${slug}?depth=0&limit=100&sort=id`)
    const field = graphQLListName(slug)
    const response = await api.graphql(`{ ${field}(limit: 100, sort: "id") { totalDocs docs { id } } }`)
    expect(response.status).toBe(200)
    const data = (response.json as { data: Record<string, { totalDocs: number; docs: { id: unknown }[] }> }).data[field]
    expect(data?.totalDocs).toBe(rest.totalDocs)
    expect(data?.docs.map((doc) => doc.id)).toEqual(rest.docs.map((doc) => doc.id))
  })

  it('never lists drafts, and a draft by id is not found', async () => {
    const page = await list('/api/projects?depth=0&limit=100')
    expect(page.docs.map((doc) => doc.id)).not.toContain(content.draftProject.id)
    expect((await api.send(`/api/projects/${content.draftProject.id}`)).status).toBe(404)
    // draft=true without draft access still answers published documents only, never cached publicly.
    const asDraft = await api.send('/api/projects?draft=true&depth=0&limit=100')
    expect((asDraft.json as ListBody).docs.map((doc) => doc.id)).not.toContain(content.draftProject.id)
    expect(asDraft.headers.get('cache-control')).toBe('private, no-store')
  })

  it('draft=true without draft access still lists a published document that has a newer draft, as published', async () => {
    const current = await booted.payload.findByID({ collection: 'projects', id: content.project.id, depth: 0, overrideAccess: true })
    const publishedTitle = current.title
    await booted.payload.update({
      collection: 'projects',
      id: content.project.id,
      data: { title: `${publishedTitle} (unpublished edit)` },
      draft: true,
      overrideAccess: true,
    })
    const callers: Record<string, string>[] = [{}, { authorization: apiKeyHeader(serviceKey) }]
    for (const headers of callers) {
      const asDraft = await list('/api/projects?draft=true&depth=0&limit=100', headers)
      const listed = asDraft.docs.find((doc) => doc.id === content.project.id)
      expect(listed?.title).toBe(publishedTitle)
    }
  })
})

describe('REST read parameters', () => {
  it('locale and fallback-locale: English where translated, bokmål fallback, none without fallback, all locales', async () => {
    const projectId = content.project.id
    const sectionId = content.section.id
    const english = (await api.send(`/api/projects/${projectId}?locale=en&depth=0`)).json as { title: string; slug: string }
    expect(english.title).toBe(`English ${String(content.project.title)}`)
    const fallback = (await api.send(`/api/sections/${sectionId}?locale=en&depth=0`)).json as { title: string }
    expect(fallback.title).toBe(content.section.title)
    const none = (await api.send(`/api/sections/${sectionId}?locale=en&fallback-locale=none&depth=0`)).json as { title: unknown }
    expect(none.title ?? null).toBeNull()
    const all = (await api.send(`/api/projects/${projectId}?locale=all&depth=0`)).json as { title: Record<string, string> }
    expect(all.title).toEqual({ nb: content.project.title, en: `English ${String(content.project.title)}` })
    const bySlug = await list(`/api/projects?locale=en&where[slug][equals]=${encodeURIComponent(english.slug)}&depth=0`)
    expect(bySlug.docs.map((doc) => doc.id)).toEqual([projectId])
  })

  it('depth 0, 1 and 2 populate relationships that many levels', async () => {
    const at = async (depth: number) => (await api.send(`/api/projects/${content.project.id}?depth=${depth}`)).json as { sections: unknown[] }
    expect((await at(0)).sections).toEqual([content.section.id])
    const one = (await at(1)).sections[0] as { id: unknown; department: unknown }
    expect(one.id).toBe(content.section.id)
    expect(one.department).toBe(content.department.id)
    const two = (await at(2)).sections[0] as { department: { id: unknown; title: unknown } }
    expect(two.department.id).toBe(content.department.id)
    expect(two.department.title).toBe(content.department.title)
  })

  it('select returns only the chosen fields', async () => {
    const page = await list('/api/projects?select[title]=true&select[slug]=true&limit=2')
    for (const doc of page.docs) expect(Object.keys(doc).sort()).toEqual(['id', 'slug', 'title'])
  })

  it('sort and pagination page through every document exactly once', async () => {
    const everything = await list('/api/people?depth=0&limit=100&sort=name')
    const pages: unknown[] = []
    const size = 1
    for (let page = 1; page <= everything.totalDocs; page += 1) {
      const body = await list(`/api/people?depth=0&limit=${size}&page=${page}&sort=name`)
      expect(body.page).toBe(page)
      expect(body.hasNextPage).toBe(page < everything.totalDocs)
      pages.push(...body.docs.map((doc) => doc.id))
    }
    expect(pages).toEqual(everything.docs.map((doc) => doc.id))
    const descending = await list('/api/projects?depth=0&limit=100&sort=-startYear,title')
    const years = descending.docs.map((doc) => (typeof doc.startYear === 'number' ? doc.startYear : -Infinity))
    expect([...years].sort((a, b) => b - a)).toEqual(years)
  })

  it('GraphQL takes locale, fallbackLocale, where, sort, limit and page', async () => {
    const response = await api.graphql(
      `query ($slug: String!) { Projects(locale: en, fallbackLocale: nb, where: { slug: { equals: $slug } }, sort: "title", limit: 1, page: 1) { docs { id title sections { title department { title } } } } }`,
      { variables: { slug: `english-${String(content.project.slug)}` } },
    )
    expect(response.status).toBe(200)
    const doc = (response.json as { data: { Projects: { docs: { id: unknown; title: string; sections: { department: { title: string } }[] }[] } } }).data.Projects.docs[0]
    expect(doc?.id).toBe(content.project.id)
    expect(doc?.title).toBe(`English ${String(content.project.title)}`)
    expect(doc?.sections[0]?.department.title).toBe(content.department.title)
  })
})

describe('private fields', () => {
  const restPaths = () => [
    ...CONTENT_SLUGS.flatMap((slug) => [0, 1, 2].map((depth) => `/api/${slug}?depth=${depth}&limit=100`)),
    `/api/projects/${content.project.id}?depth=2&locale=all`,
    `/api/sections/${content.section.id}?depth=2`,
    '/api/media?depth=2',
    '/api/globals/research-overview?depth=2',
    '/api/globals/navigation?depth=2',
    '/api/changes?since=1970-01-01',
  ]

  it.each([
    ['anonymous readers', () => ({})],
    ['API keys', () => ({ authorization: apiKeyHeader(serviceKey) })],
  ])('never reach %s over REST, at any depth', async (_who, headers) => {
    for (const path of restPaths()) {
      const response = await api.send(path, { headers: headers() })
      expect({ path, status: response.status }).toEqual({ path, status: 200 })
      expect({ path, leaked: PRIVATE_KEYS.filter((key) => allKeys(response.json).has(key)) }).toEqual({ path, leaked: [] })
      expect({ path, emailShown: response.text.includes(content.admin.email) }).toEqual({ path, emailShown: false })
    }
  })

  it('never reach anonymous readers over GraphQL, even when asked for', async () => {
    const response = await api.graphql(`{ Projects(limit: 10) { docs { title updatedBy { email } sections { department { title } } } } }`)
    expect(response.text).not.toContain(content.admin.email)
    const docs = (response.json as { data?: { Projects?: { docs: { updatedBy: unknown }[] } } }).data?.Projects?.docs ?? []
    for (const doc of docs) expect(doc.updatedBy).toBeNull()
    const users = await api.graphql('{ Users { docs { email } } }')
    expect(users.text).not.toContain(content.admin.email)
    expect((users.json as { data: { Users: unknown } | null }).data?.Users ?? null).toBeNull()
  })

  it('users, keys, locks and version history (with its authors) are not readable by anonymous readers or API keys', async () => {
    for (const headers of [{}, { authorization: apiKeyHeader(serviceKey) }] as Record<string, string>[]) {
      for (const path of ['/api/users', `/api/users/${content.admin.id}`, '/api/api-keys', '/api/payload-locked-documents?depth=2', '/api/projects/versions?depth=2']) {
        const response = await api.send(path, { headers })
        expect({ path, status: response.status >= 400 && response.status < 500 }).toEqual({ path, status: true })
        expect(response.text).not.toContain(content.admin.email)
        expect(response.text).not.toContain(serviceKey)
      }
    }
  })
})

/** GraphQL list field of a collection (Payload names it after the plural label). */
function graphQLListName(slug: string): string {
  const names: Record<string, string> = {
    departments: 'Departments',
    sections: 'Sections',
    projects: 'Projects',
    'biobank-facts': 'BiobankFacts',
    'screening-programmes': 'ScreeningProgrammes',
    people: 'People',
    'key-figures': 'KeyFigures',
  }
  const name = names[slug]
  if (!name) throw new Error(`No GraphQL name for ${slug}`)
  return name
}
