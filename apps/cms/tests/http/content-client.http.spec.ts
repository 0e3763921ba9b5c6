import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import {
  type ContentClient,
  type ContentClientOptions,
  ContentBadRequestError,
  ContentGraphQLError,
  ContentNotFoundError,
  ContentUnauthorizedError,
  ContentUsageError,
  type CollectionResource,
  type ContentCollectionSlug,
  createContentClient,
  graphqlQuery,
  type Locale,
  type RequestMeta,
} from '@crn/content-client'
import { Bilingual, departments as seedDepartments, projects as seedProjects, sections as seedSections } from '@crn/seed'

import { type ClientWindow, openClientPage } from '../../../../packages/content-client/tests/browser/clientInBrowser'
import { adminToken, cmsUrl, http } from '../helpers/httpCms'

/**
 * The typed content client (`@crn/content-client`) against the BUILT, seeded CMS: what another
 * service does with it — reads in both locales, page walks, select/where/sort, GraphQL,
 * conditional requests, an API key created by an admin (then revoked and deleted), a preview
 * key reading drafts, and typed errors. Expected content comes from the seed package
 * (`@crn/seed`), not from canned answers. Every client counts its requests, so the suite
 * proves its reads are bounded.
 */

/** The site's origin: the CMS's default CORS allowlist (WEB_URL). */
const SITE_ORIGIN = 'http://localhost:3001'

type Counted = { cms: ContentClient; requests: () => number; statuses: number[]; metas: RequestMeta[] }

let token: string
/** An id no document has (ids are opaque text on every adapter). */
const MISSING_ID = '00000000-0000-4000-8000-000000000000'
const clients: Counted[] = []
/** Documents this suite creates as the admin (deleted again at the end). */
const created: { collection: 'projects' | 'api-keys'; id: string }[] = []

function client(options: Omit<ContentClientOptions, 'baseUrl'> = {}): Counted {
  const statuses: number[] = []
  const metas: RequestMeta[] = []
  const cms = createContentClient({
    baseUrl: cmsUrl(),
    timeoutMs: 20_000,
    ...options,
    requestInit: (init, meta) => {
      metas.push(meta)
      return init
    },
    onOutcome: (_meta, outcome) => statuses.push(outcome.ok ? outcome.status : outcome.error instanceof ContentBadRequestError ? 400 : -1),
  })
  const counted = { cms, requests: () => metas.length, statuses, metas }
  clients.push(counted)
  return counted
}

/** A seed value in both locales (values the seed writes once serve both). */
function bothLocales<T>(value: T | Bilingual<T>): Record<Locale, T> {
  return value instanceof Bilingual ? { nb: value.nb, en: value.en } : { nb: value, en: value }
}

async function adminCreates(collection: 'projects' | 'api-keys', json: Record<string, unknown>, query = ''): Promise<string> {
  const response = await http('POST', `/api/${collection}${query}`, { token, json })
  expect({ collection, status: response.status, body: response.status === 201 ? null : response.body }).toEqual({ collection, status: 201, body: null })
  const { id } = (response.body as { doc: { id: string } }).doc
  created.push({ collection, id })
  return id
}

let anonymous: Counted

beforeAll(async () => {
  token = await adminToken()
  anonymous = client()
})

afterAll(async () => {
  for (const { collection, id } of created.reverse()) {
    const response = await http('DELETE', `/api/${collection}/${id}`, { token })
    // 404: the test deleted it itself.
    expect([200, 404]).toContain(response.status)
  }
  const total = clients.reduce((sum, counted) => sum + counted.requests(), 0)
  console.log(`[content-client] ${total} client requests in all, over ${clients.length} clients`)
})

describe('reads in both locales', () => {
  it('finds the seeded departments in bokmål and English', async () => {
    const before = anonymous.requests()
    for (const locale of ['nb', 'en'] as const) {
      const found = await anonymous.cms.departments.findEvery({ locale, depth: 0, sort: 'order' })
      const bySlug = new Map(found.map((department) => [department.slug, department]))
      for (const seeded of seedDepartments) {
        const title = bothLocales(seeded.data.title)[locale]
        const slug = bothLocales(seeded.data.slug)[locale]
        expect({ slug, title: bySlug.get(slug)?.title }).toEqual({ slug, title })
      }
    }
    expect(anonymous.requests() - before).toBe(2)
  })

  it('finds a seeded project by its slug in each locale (and not by the other locale’s slug)', async () => {
    const seeded = seedProjects.find((project) => {
      const slugs = bothLocales(project.data.slug)
      return slugs.nb !== slugs.en
    })
    if (!seeded) throw new Error('The seed has no project with different slugs per locale')
    const slugs = bothLocales(seeded.data.slug)
    const titles = bothLocales(seeded.data.title)
    const nb = await anonymous.cms.projects.findBySlug(slugs.nb, { locale: 'nb', depth: 1 })
    const en = await anonymous.cms.projects.findBySlug(slugs.en, { locale: 'en', depth: 1 })
    expect(en.id).toBe(nb.id)
    expect([nb.title, en.title]).toEqual([titles.nb, titles.en])
    // depth 1 expands the project's sections into documents.
    expect(en.sections?.every((section) => typeof section === 'object' && typeof section.title === 'string')).toBe(true)
    await expect(anonymous.cms.projects.findSlugs(nb.id)).resolves.toEqual(slugs)
    await expect(anonymous.cms.projects.findById(nb.id, { locale: 'en', depth: 0 })).resolves.toMatchObject({ id: nb.id, title: titles.en, slug: slugs.en })
    // The document has its own English slug, so the bokmål one does not reach it in English.
    await expect(anonymous.cms.projects.findBySlug(slugs.nb, { locale: 'en' })).rejects.toBeInstanceOf(ContentNotFoundError)
  })

  it('finds, finds by id and finds by slug in every content collection', async () => {
    const before = anonymous.requests()
    /** The oldest document (in English) read three ways: the page, by id, by slug. */
    async function readThreeWays<TSlug extends ContentCollectionSlug>(resource: CollectionResource<TSlug>) {
      // The oldest: a seeded document, never one another spec file is creating meanwhile (ids are random
      // text, so the first by id could be a bokmål-only document whose slug needs the fallback reads).
      const first = await resource.find({ locale: 'en', depth: 0, limit: 1, sort: 'createdAt' })
      const [doc] = first.docs
      if (!doc) throw new Error(`${resource.slug}: no document`)
      const byId = await resource.findById(doc.id, { locale: 'en', depth: 0 })
      const bySlug = await resource.findBySlug(doc.slug, { locale: 'en', depth: 0 })
      return { slug: resource.slug, found: first.totalDocs > 0, byId: byId.id === doc.id, bySlug: bySlug.id === doc.id }
    }
    const slugs = Object.keys(anonymous.cms.collections) as ContentCollectionSlug[]
    expect([...slugs].sort()).toEqual(['biobank-facts', 'departments', 'key-figures', 'people', 'projects', 'screening-programmes', 'sections'])
    for (const slug of slugs) {
      await expect(readThreeWays(anonymous.cms.collections[slug])).resolves.toEqual({ slug, found: true, byId: true, bySlug: true })
    }
    expect(anonymous.requests() - before).toBe(slugs.length * 3)
  })

  it('reads the globals in both locales', async () => {
    const nb = await anonymous.cms.globals.researchOverview({ locale: 'nb', depth: 0 })
    const en = await anonymous.cms.globals.researchOverview({ locale: 'en', depth: 0, select: { title: true } })
    expect(nb.title).not.toBe(en.title)
    expect(Object.keys(en).sort()).toEqual(['id', 'title'])
    const navigation = await anonymous.cms.globals.navigation({ locale: 'en' })
    expect(navigation.id).toBeDefined()
  })
})

describe('pagination', () => {
  it('walks every project page by page within the 100-per-request cap', async () => {
    const walker = client()
    const total = await walker.cms.projects.count()
    expect(total).toBeGreaterThanOrEqual(seedProjects.length)
    const pageSize = 7
    const pages: number[] = []
    for await (const page of walker.cms.projects.pages({ limit: pageSize, locale: 'en', depth: 0, select: { slug: true } })) pages.push(page.page)
    const expectedPages = Math.ceil(total / pageSize)
    expect(pages).toEqual(Array.from({ length: expectedPages }, (_, index) => index + 1))
    const every = await walker.cms.projects.findEvery({ limit: pageSize, locale: 'en', depth: 0, select: { slug: true } })
    expect(new Set(every.map((project) => project.id)).size).toBe(total)
    const slugs = new Set(every.map((project) => project.slug))
    for (const seeded of seedProjects) expect(slugs).toContain(bothLocales(seeded.data.slug).en)
    // One count, then ⌈total / 7⌉ requests per walk; the default page size (100) needs one.
    expect(walker.requests()).toBe(1 + 2 * expectedPages)
    await expect(walker.cms.projects.findEvery({ depth: 0, select: { slug: true } })).resolves.toHaveLength(total)
    expect(walker.requests()).toBe(2 + 2 * expectedPages)
    console.log(`[content-client] ${total} projects walked in pages of ${pageSize}: ${expectedPages} requests per walk`)
  })

  it('refuses page sizes over 100: the client before sending, the CMS with a 400', async () => {
    const before = anonymous.requests()
    await expect(anonymous.cms.projects.findEvery({ limit: 101 })).rejects.toBeInstanceOf(ContentUsageError)
    expect(anonymous.requests()).toBe(before)
    const refused = anonymous.cms.projects.find({ limit: 101 })
    await expect(refused).rejects.toBeInstanceOf(ContentBadRequestError)
    await expect(refused).rejects.toThrow(/"limit" is at most 100/)
  })
})

describe('select, where and sort', () => {
  it('selects fields, filters and sorts', async () => {
    const ongoing = await anonymous.cms.projects.findEvery({
      locale: 'en',
      where: { status: { equals: 'ongoing' } },
      sort: ['-startYear', 'title'],
      select: { title: true, status: true, startYear: true },
    })
    const seededOngoing = seedProjects.filter((project) => project.data.status === 'ongoing').map((project) => bothLocales(project.data.title).en)
    expect(seededOngoing.length).toBeGreaterThan(0)
    expect(ongoing.map((project) => project.title)).toEqual(expect.arrayContaining(seededOngoing))
    for (const project of ongoing) {
      expect(project.status).toBe('ongoing')
      expect(Object.keys(project).every((key) => ['id', 'title', 'status', 'startYear'].includes(key))).toBe(true)
    }
    const years = ongoing.map((project) => project.startYear ?? Number.NEGATIVE_INFINITY)
    expect(years).toEqual([...years].sort((a, b) => b - a))
  })

  it('combines conditions with or, and queries through a relationship', async () => {
    const [completed, planned, either] = await Promise.all([
      anonymous.cms.projects.count({ status: { equals: 'completed' } }),
      anonymous.cms.projects.count({ status: { equals: 'planned' } }),
      anonymous.cms.projects.count({ or: [{ status: { equals: 'completed' } }, { status: { equals: 'planned' } }] }),
    ])
    expect(either).toBe(completed + planned)
    const research = await anonymous.cms.sections.findEvery({ locale: 'en', depth: 0, where: { 'department.slug': { equals: 'research-department' } }, select: { slug: true } })
    const expected = seedSections
      .filter((section) => section.data.department?.seedKey === 'department-research')
      .map((section) => bothLocales(section.data.slug).en)
    expect(expected.length).toBeGreaterThan(0)
    expect(research.map((section) => section.slug).sort()).toEqual([...expected].sort())
  })
})

describe('GraphQL', () => {
  type DepartmentList = { docs: { id: string; title: string; slug: string }[] }
  const departmentsInBothLocales = graphqlQuery<{ nb: DepartmentList; en: DepartmentList }>(
    `{
      nb: Departments(locale: nb, sort: "order", limit: 100) { docs { id title slug } }
      en: Departments(locale: en, sort: "order", limit: 100) { docs { id title slug } }
    }`,
  )
  const projectBySlug = graphqlQuery<{ Projects: { docs: { id: string; title: string }[] } }, { slug: string; locale: Locale }>(
    'query ($slug: String!, $locale: LocaleInputType) { Projects(where: { slug: { equals: $slug } }, locale: $locale, limit: 1) { docs { id title } } }',
  )

  it('answers typed queries with the same content as REST', async () => {
    const data = await anonymous.cms.graphql(departmentsInBothLocales)
    for (const locale of ['nb', 'en'] as const) {
      const rest = await anonymous.cms.departments.findEvery({ locale, depth: 0, select: { title: true, slug: true } })
      const byId = (docs: { id: string; title: string; slug: string }[]) => [...docs].sort((a, b) => a.id.localeCompare(b.id)).map(({ id, title, slug }) => ({ id, title, slug }))
      expect(byId(data[locale].docs)).toEqual(byId(rest))
    }
    const seeded = seedProjects[0]
    if (!seeded) throw new Error('The seed has no projects')
    const { Projects } = await anonymous.cms.graphql(projectBySlug, { slug: bothLocales(seeded.data.slug).en, locale: 'en' })
    expect(Projects.docs.map((project) => project.title)).toEqual([bothLocales(seeded.data.title).en])
  })

  it('throws typed GraphQL errors: a refused query (400) and a missing document', async () => {
    const refused = await anonymous.cms.graphql('{ Projects { docs { noSuchField } } }').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ContentGraphQLError)
    expect(refused).toMatchObject({ status: 400, messages: [expect.stringContaining('noSuchField')] })
    const missing = await anonymous.cms.graphql(`{ Project(id: "${MISSING_ID}") { title } }`).catch((error: unknown) => error)
    expect(missing).toBeInstanceOf(ContentGraphQLError)
    expect(missing).toMatchObject({ isNotFound: true })
  })
})

describe('conditional requests', () => {
  it('revalidates unchanged REST and GraphQL GET answers with a 304 and serves them from the cache', async () => {
    const cached = client({ conditionalCache: true })
    const first = await cached.cms.projects.find({ locale: 'en', limit: 20, depth: 1 })
    const second = await cached.cms.projects.find({ locale: 'en', limit: 20, depth: 1 })
    expect(second).toEqual(first)
    const query = graphqlQuery<{ Departments: { totalDocs: number } }>('{ Departments { totalDocs } }')
    const viaGet = await cached.cms.graphql(query, {}, { method: 'GET' })
    await expect(cached.cms.graphql(query, {}, { method: 'GET' })).resolves.toEqual(viaGet)
    expect(cached.statuses).toEqual([200, 304, 200, 304])
  })
})

describe('API keys', () => {
  const newKey = () => `content-client-${crypto.randomUUID()}`

  it('reads with a key an admin created through REST; revoked, then deleted, keys get a typed 401', async () => {
    const revokedKey = newKey()
    const revokedId = await adminCreates('api-keys', { name: 'Content client suite (revoked)', enableAPIKey: true, apiKey: revokedKey })
    const deletedKey = newKey()
    const deletedId = await adminCreates('api-keys', { name: 'Content client suite (deleted)', enableAPIKey: true, apiKey: deletedKey })
    const service = client({ apiKey: revokedKey })
    const other = client({ apiKey: deletedKey })

    const withKey = await service.cms.departments.findEvery({ locale: 'en', depth: 0, select: { slug: true } })
    const withoutKey = await anonymous.cms.departments.findEvery({ locale: 'en', depth: 0, select: { slug: true } })
    expect(withKey).toEqual(withoutKey)
    await expect(service.cms.graphql<{ Departments: { totalDocs: number } }>('{ Departments { totalDocs } }')).resolves.toEqual({
      Departments: { totalDocs: withoutKey.length },
    })
    await expect(other.cms.projects.count()).resolves.toBeGreaterThan(0)
    expect(service.metas.every((meta) => meta.private)).toBe(true)
    // A plain key may not ask for drafts: the client refuses before sending.
    const sent = service.requests()
    await expect(service.cms.projects.find({ draft: true })).rejects.toBeInstanceOf(ContentUsageError)
    expect(service.requests()).toBe(sent)

    expect((await http('PATCH', `/api/api-keys/${revokedId}`, { token, json: { enableAPIKey: false } })).status).toBe(200)
    const revoked = service.cms.departments.find()
    await expect(revoked).rejects.toBeInstanceOf(ContentUnauthorizedError)
    await expect(revoked).rejects.toMatchObject({ status: 401, messages: [expect.stringMatching(/does not match a valid API key/)] })
    await expect(service.cms.graphql('{ Departments { totalDocs } }')).rejects.toBeInstanceOf(ContentUnauthorizedError)

    expect((await http('DELETE', `/api/api-keys/${deletedId}`, { token })).status).toBe(200)
    await expect(other.cms.projects.count()).rejects.toBeInstanceOf(ContentUnauthorizedError)
  })

  it('a preview key reads drafts that anonymous readers do not see', async () => {
    const [section] = await anonymous.cms.sections.findAll({ depth: 0, limit: 1, sort: 'id', select: { slug: true } })
    if (!section) throw new Error('No section to attach test projects to')
    const stamp = Date.now().toString(36)
    const publishedTitle = `Klientsuitens publiserte prosjekt ${stamp}`
    const draftTitle = `Klientsuitens nye utkast ${stamp}`
    const publishedId = await adminCreates('projects', { title: publishedTitle, status: 'planned', sections: [section.id], _status: 'published' }, '?locale=nb')
    const revised = await http('PATCH', `/api/projects/${publishedId}?draft=true&locale=nb`, { token, json: { title: draftTitle, _status: 'draft' } })
    expect(revised.status).toBe(200)
    const draftOnlyTitle = `Klientsuitens upubliserte utkast ${stamp}`
    const draftOnlyId = await adminCreates('projects', { title: draftOnlyTitle, status: 'planned', sections: [section.id], _status: 'draft' }, '?draft=true&locale=nb')

    const previewKey = newKey()
    await adminCreates('api-keys', { name: 'Content client suite (preview)', enableAPIKey: true, apiKey: previewKey, readDrafts: true })
    const preview = client({ apiKey: previewKey, drafts: true })

    // Anonymous readers: the published title, and no trace of the unpublished draft.
    await expect(anonymous.cms.projects.findById(publishedId, { locale: 'nb', depth: 0 })).resolves.toMatchObject({ title: publishedTitle })
    await expect(anonymous.cms.projects.findById(draftOnlyId, { depth: 0 })).rejects.toBeInstanceOf(ContentNotFoundError)
    await expect(anonymous.cms.projects.count({ id: { in: [publishedId, draftOnlyId] } })).resolves.toBe(1)

    // The preview client: the latest drafts, by id, by slug and in lists; `draft: false` for the published version.
    const latest = await preview.cms.projects.findById(publishedId, { locale: 'nb', depth: 0 })
    expect(latest.title).toBe(draftTitle)
    await expect(preview.cms.projects.findBySlug(latest.slug, { locale: 'nb', depth: 0 })).resolves.toMatchObject({ id: publishedId, title: draftTitle })
    await expect(preview.cms.projects.findById(draftOnlyId, { locale: 'nb', depth: 0 })).resolves.toMatchObject({ title: draftOnlyTitle })
    await expect(preview.cms.projects.count({ id: { in: [publishedId, draftOnlyId] } })).resolves.toBe(2)
    await expect(preview.cms.projects.findById(publishedId, { locale: 'nb', depth: 0, draft: false })).resolves.toMatchObject({ title: publishedTitle })
    const viaGraphQL = await preview.cms.graphql(
      graphqlQuery<{ Project: { title: string } }, { id: string }>('query ($id: String!) { Project(id: $id, draft: true, locale: nb) { title } }'),
      { id: publishedId },
    )
    expect(viaGraphQL.Project.title).toBe(draftTitle)
    expect(preview.metas.every((meta) => meta.private)).toBe(true)
    expect(preview.metas.filter((meta) => meta.method === 'GET').map((meta) => new URL(meta.url).searchParams.get('draft'))).toEqual([
      'true',
      'true',
      'true',
      'true',
      null,
    ])
  })
})

describe('typed errors', () => {
  it('answers a missing document with ContentNotFoundError (404)', async () => {
    const missing = anonymous.cms.projects.findById(MISSING_ID)
    await expect(missing).rejects.toBeInstanceOf(ContentNotFoundError)
    await expect(missing).rejects.toMatchObject({ status: 404 })
    await expect(anonymous.cms.sections.findBySlug('no-such-section', { locale: 'en' })).rejects.toBeInstanceOf(ContentNotFoundError)
  })

  it.each([
    ['a path that cannot be queried', { 'department.noSuchField': { equals: 'x' } }, /cannot be queried/],
    ['a value the field cannot be compared with', { order: { greater_than: 'many' } }, /cannot be compared/],
  ] as const)('answers a bad where (%s) with ContentBadRequestError (400) and the CMS message', async (_case, where, message) => {
    const failure = anonymous.cms.sections.find({ where })
    await expect(failure).rejects.toBeInstanceOf(ContentBadRequestError)
    await expect(failure).rejects.toMatchObject({ status: 400, messages: [expect.stringMatching(message)] })
  })
})

describe('in a browser', () => {
  it('runs in Chromium on the site’s origin: anonymous and API-key reads, GraphQL and typed errors across CORS', async () => {
    const apiKey = `content-client-${crypto.randomUUID()}`
    await adminCreates('api-keys', { name: 'Content client suite (browser)', enableAPIKey: true, apiKey })
    const expected = (await anonymous.cms.departments.findEvery({ locale: 'en', depth: 0, select: { slug: true } })).map((department) => department.slug)
    const browser = await openClientPage(SITE_ORIGIN)
    try {
      // This function runs in the page: only its arguments and the page's globals are in scope.
      const result = await browser.page.evaluate(
        async ({ baseUrl, key, missingId }) => {
          const { createContentClient, ContentNotFoundError, ContentUnauthorizedError } = (window as unknown as ClientWindow).contentClient
          const anonymousReader = createContentClient({ baseUrl, conditionalCache: true })
          const service = createContentClient({ baseUrl, apiKey: key })
          const wrongKey = createContentClient({ baseUrl, apiKey: 'not-a-key-the-cms-knows' })
          const slugsOf = (docs: { slug: string }[]) => docs.map((doc) => doc.slug)
          const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error))
          return {
            anonymous: slugsOf(await anonymousReader.departments.findEvery({ locale: 'en', depth: 0, select: { slug: true } })),
            // ETag is not exposed to cross-origin scripts: the conditional cache stays inert and harmless here.
            anonymousAgain: slugsOf(await anonymousReader.departments.findEvery({ locale: 'en', depth: 0, select: { slug: true } })),
            withKey: slugsOf(await service.departments.findEvery({ locale: 'en', depth: 0, select: { slug: true } })),
            graphql: await service.graphql<{ Departments: { totalDocs: number } }>('{ Departments { totalDocs } }'),
            notFound: await anonymousReader.projects.findById(missingId).then(
              () => 'found',
              (error: unknown) => (error instanceof ContentNotFoundError ? `ContentNotFoundError ${error.status}` : describe(error)),
            ),
            unauthorized: await wrongKey.projects.count().then(
              () => 'read',
              (error: unknown) => (error instanceof ContentUnauthorizedError ? `ContentUnauthorizedError ${error.status}` : describe(error)),
            ),
          }
        },
        { baseUrl: cmsUrl(), key: apiKey, missingId: MISSING_ID },
      )
      expect(result).toEqual({
        anonymous: expected,
        anonymousAgain: expected,
        withKey: expected,
        graphql: { Departments: { totalDocs: expected.length } },
        notFound: 'ContentNotFoundError 404',
        unauthorized: 'ContentUnauthorizedError 401',
      })
      expect(browser.problems.filter((problem) => !/status of 40[14]/.test(problem))).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
