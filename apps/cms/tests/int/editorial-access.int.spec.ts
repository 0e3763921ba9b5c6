import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type Accounts, type Role, signInEveryRole } from '../helpers/editorial/roles'
import { type Doc, type DocId, fixtures, unique } from '../helpers/fixtures'
import { restClient } from '../helpers/restClient'

/**
 * Every content access rule, per role, through each of the three ways in: REST and
 * GraphQL (the app's own route handlers, real tokens) and the Local API with
 * `overrideAccess: false`. After each refused write the public view is checked too:
 * nothing a contributor does reaches readers.
 */

let booted: BootedPayload
let accounts: Accounts
let rest: Awaited<ReturnType<typeof restClient>>
let sectionId: DocId

beforeAll(async () => {
  booted = await bootPayload('editorial-access')
  rest = await restClient()
  accounts = await signInEveryRole(booted.payload)
  sectionId = (await fixtures(booted.payload).section()).id
})
afterAll(async () => {
  await booted.shutdown()
})

type Outcome = { status: number; id?: DocId; message?: string }
type Who = Role | 'anonymous'
type ProjectData = Record<string, unknown>

/** Fields a project needs on every API (GraphQL's input type makes them non-null). */
const withRequired = (data: ProjectData): ProjectData => ({ status: 'ongoing', lastUpdated: '2026-01-15T00:00:00.000Z', ...data })

/** One way into the CMS: create, update and delete a project as someone. */
type Api = {
  create: (who: Who, data: ProjectData, draft: boolean) => Promise<Outcome>
  update: (who: Who, id: DocId, data: ProjectData, draft: boolean) => Promise<Outcome>
  remove: (who: Who, id: DocId) => Promise<Outcome>
}

const token = (who: Who) => (who === 'anonymous' ? undefined : accounts[who].token)

const restApi: Api = {
  create: async (who, data, draft) => {
    data = withRequired(data)
    const response = await rest.call('POST', `/api/projects?locale=nb&depth=0${draft ? '&draft=true' : ''}`, { json: data, token: token(who) })
    const body = response.body as { doc?: Doc; errors?: { message: string }[] }
    return { status: response.status, id: body.doc?.id, message: body.errors?.[0]?.message }
  },
  update: async (who, id, data, draft) => {
    const response = await rest.call('PATCH', `/api/projects/${id}?locale=nb&depth=0${draft ? '&draft=true' : ''}`, { json: data, token: token(who) })
    const body = response.body as { errors?: { message: string }[] }
    return { status: response.status, message: body.errors?.[0]?.message }
  },
  remove: async (who, id) => {
    const response = await rest.call('DELETE', `/api/projects/${id}`, { token: token(who) })
    const body = response.body as { errors?: { message: string }[] }
    return { status: response.status, message: body.errors?.[0]?.message }
  },
}

/** GraphQL answers 200 with errors; the status that matters is the error's `statusCode`. */
const graphqlOutcome = (body: unknown, field: string): Outcome => {
  const { data, errors } = body as { data?: Record<string, { id?: DocId } | null>; errors?: { message: string; extensions?: { statusCode?: number } }[] }
  const error = errors?.[0]
  if (error) return { status: error.extensions?.statusCode ?? 500, message: error.message }
  return { status: 200, id: data?.[field]?.id }
}
const ENUM_FIELDS = new Set(['_status', 'status'])
const graphqlInput = (data: ProjectData) =>
  Object.entries(data)
    .map(([key, value]) => `${key}: ${ENUM_FIELDS.has(key) ? String(value) : JSON.stringify(value)}`)
    .join(', ')

const graphqlApi: Api = {
  create: async (who, data, draft) => {
    data = withRequired(data)
    const query = `mutation { createProject(locale: nb, draft: ${draft}, data: { ${graphqlInput(data)} }) { id } }`
    return graphqlOutcome((await rest.graphql({ json: { query }, token: token(who) })).body, 'createProject')
  },
  update: async (who, id, data, draft) => {
    const query = `mutation { updateProject(id: ${JSON.stringify(id)}, locale: nb, draft: ${draft}, data: { ${graphqlInput(data)} }) { id } }`
    return graphqlOutcome((await rest.graphql({ json: { query }, token: token(who) })).body, 'updateProject')
  },
  remove: async (who, id) => {
    const query = `mutation { deleteProject(id: ${JSON.stringify(id)}) { id } }`
    return graphqlOutcome((await rest.graphql({ json: { query }, token: token(who) })).body, 'deleteProject')
  },
}

/** The Local API with access checks on, as server code acting for a user would call it. */
const localOutcome = async (action: () => Promise<{ id: DocId }>): Promise<Outcome> => {
  try {
    return { status: 200, id: (await action()).id }
  } catch (error) {
    const { status, message } = error as { status?: number; message: string }
    return { status: status ?? 500, message }
  }
}
const userFor = (who: Who) => (who === 'anonymous' ? undefined : accounts[who].user)

const localApi: Api = {
  create: (who, data, draft) =>
    localOutcome(() => booted.payload.create({ collection: 'projects', data: withRequired(data) as never, draft, locale: 'nb', user: userFor(who), overrideAccess: false })),
  update: (who, id, data, draft) =>
    localOutcome(() => booted.payload.update({ collection: 'projects', id, data: data as never, draft, locale: 'nb', user: userFor(who), overrideAccess: false })),
  remove: (who, id) => localOutcome(() => booted.payload.delete({ collection: 'projects', id, user: userFor(who), overrideAccess: false })),
}

const apis: [string, Api][] = [
  ['REST', restApi],
  ['GraphQL', graphqlApi],
  ['Local API (overrideAccess: false)', localApi],
]

/** The project as an anonymous reader sees it (null when not public). */
async function publicTitle(id: DocId): Promise<string | null> {
  const { docs } = await booted.payload.find({ collection: 'projects', where: { id: { equals: id } }, locale: 'nb', overrideAccess: false, depth: 0 })
  return docs[0] ? String(docs[0].title) : null
}

/** A published project, made by the system (not under test). */
async function publishedProject(title = unique('Publisert')): Promise<Doc> {
  return fixtures(booted.payload).project({ title, sections: [sectionId] })
}

const expectAllowed = (outcome: Outcome) =>
  expect({ ok: outcome.status >= 200 && outcome.status < 300, message: outcome.message }).toEqual({ ok: true, message: undefined })
const expectRefused = (outcome: Outcome, status = 403) => {
  expect(outcome.status).toBe(status)
  expect(outcome.message).toEqual(expect.any(String))
}

const PUBLISHERS: Role[] = ['admin', 'editor']

describe.each(apis)('content access through %s', (_name, api) => {
  describe.each<Role>(['admin', 'editor', 'contributor'])('as %s', (role) => {
    const publishes = PUBLISHERS.includes(role)

    it('creates a draft, which readers do not see', async () => {
      const outcome = await api.create(role, { title: unique('Utkast'), sections: [sectionId], _status: 'draft' }, true)
      expectAllowed(outcome)
      expect(await publicTitle(outcome.id as DocId)).toBeNull()
    })

    it(`${publishes ? 'publishes' : 'cannot publish'} a new document`, async () => {
      const title = unique('Nytt')
      const outcome = await api.create(role, { title, sections: [sectionId], _status: 'published' }, false)
      if (publishes) {
        expectAllowed(outcome)
        expect(await publicTitle(outcome.id as DocId)).toBe(title)
      } else {
        expectRefused(outcome)
        const { totalDocs } = await booted.payload.count({ collection: 'projects', where: { title: { equals: title } }, overrideAccess: true })
        expect(totalDocs).toBe(0)
      }
    })

    it('saves a draft over a published document without changing what readers see', async () => {
      const project = await publishedProject()
      const outcome = await api.update(role, project.id, { title: unique('Endret utkast'), _status: 'draft' }, true)
      expectAllowed(outcome)
      expect(await publicTitle(project.id)).toBe(project.title)
    })

    it(`${publishes ? 'edits' : 'cannot edit'} the live document directly (no draft flag)`, async () => {
      const project = await publishedProject()
      const title = unique('Direkte')
      const outcome = await api.update(role, project.id, { title }, false)
      if (publishes) {
        expectAllowed(outcome)
        expect(await publicTitle(project.id)).toBe(title)
      } else {
        expectRefused(outcome)
        expect(outcome.message).toMatch(/draft/i)
        expect(await publicTitle(project.id)).toBe(project.title)
      }
    })

    it(`${publishes ? 'publishes' : 'cannot publish'} a draft`, async () => {
      const draft = await fixtures(booted.payload).project({ title: unique('Klar'), sections: [sectionId], _status: 'draft' }, { draft: true })
      const outcome = await api.update(role, draft.id, { _status: 'published' }, false)
      if (publishes) {
        expectAllowed(outcome)
        expect(await publicTitle(draft.id)).toBe(draft.title)
      } else {
        expectRefused(outcome)
        expect(await publicTitle(draft.id)).toBeNull()
      }
    })

    it(`${publishes ? 'unpublishes' : 'cannot unpublish'} a published document`, async () => {
      const project = await publishedProject()
      const outcome = await api.update(role, project.id, { _status: 'draft' }, false)
      if (publishes) {
        expectAllowed(outcome)
        expect(await publicTitle(project.id)).toBeNull()
      } else {
        expectRefused(outcome)
        expect(await publicTitle(project.id)).toBe(project.title)
      }
    })

    it(`${publishes ? 'deletes' : 'cannot delete'} a document`, async () => {
      const project = await publishedProject()
      const outcome = await api.remove(role, project.id)
      if (publishes) {
        expectAllowed(outcome)
        expect(await publicTitle(project.id)).toBeNull()
      } else {
        expectRefused(outcome)
        expect(await publicTitle(project.id)).toBe(project.title)
      }
    })
  })

  describe('as an anonymous reader', () => {
    it('cannot create, update or delete, and never sees drafts', async () => {
      expectRefused(await api.create('anonymous', { title: unique('Anonym'), sections: [sectionId], _status: 'draft' }, true))
      const project = await publishedProject()
      expectRefused(await api.update('anonymous', project.id, { title: 'Hacked' }, false))
      expectRefused(await api.remove('anonymous', project.id))
      expect(await publicTitle(project.id)).toBe(project.title)
      const draft = await fixtures(booted.payload).project({ title: unique('Hemmelig'), sections: [sectionId], _status: 'draft' }, { draft: true })
      expect(await publicTitle(draft.id)).toBeNull()
    })
  })
})

describe('reading drafts and versions', () => {
  it('lets every editorial role read drafts and version history, anonymous readers neither', async () => {
    const draft = await fixtures(booted.payload).project({ title: unique('Versjonert'), sections: [sectionId], _status: 'draft' }, { draft: true })
    for (const role of ['admin', 'editor', 'contributor'] as const) {
      const doc = await rest.call('GET', `/api/projects/${draft.id}?draft=true&depth=0`, { token: accounts[role].token })
      expect({ role, status: doc.status }).toEqual({ role, status: 200 })
      const versions = await rest.call('GET', `/api/projects/versions?where[parent][equals]=${draft.id}&depth=0`, { token: accounts[role].token })
      expect({ role, status: versions.status, some: (versions.body as { totalDocs: number }).totalDocs > 0 }).toEqual({ role, status: 200, some: true })
    }
    expect((await rest.call('GET', `/api/projects/${draft.id}?draft=true&depth=0`)).status).toBe(404)
    expect((await rest.call('GET', `/api/projects/versions?depth=0`)).status).toBe(403)
    const gql = await rest.graphql({ json: { query: `{ Projects(draft: true, where: { id: { equals: ${JSON.stringify(draft.id)} } }) { totalDocs } }` } })
    expect((gql.body as { data: { Projects: { totalDocs: number } } }).data.Projects.totalDocs).toBe(0)
  })

  it('records who changed a document on the document and its versions, hidden from the public', async () => {
    const project = await publishedProject()
    const title = unique('Rettet')
    await booted.payload.update({ collection: 'projects', id: project.id, data: { title }, user: accounts.editor.user, overrideAccess: false })
    const asAdmin = await rest.call('GET', `/api/projects/${project.id}?depth=0`, { token: accounts.admin.token })
    expect((asAdmin.body as Doc).updatedBy).toBe(accounts.editor.user.id)
    const versions = await booted.payload.findVersions({ collection: 'projects', where: { parent: { equals: project.id } }, sort: '-updatedAt', depth: 0 })
    expect(versions.docs[0]?.version).toMatchObject({ title, updatedBy: accounts.editor.user.id })
    const anonymous = await rest.call('GET', `/api/projects/${project.id}?depth=1`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).not.toHaveProperty('updatedBy')
    // Nobody can claim a change in someone else's name.
    await booted.payload.update({ collection: 'projects', id: project.id, data: { title: unique('Igjen'), updatedBy: accounts.admin.user.id } as never, user: accounts.editor.user, overrideAccess: false })
    const after = await booted.payload.findByID({ collection: 'projects', id: project.id, depth: 0 })
    expect(after.updatedBy).toBe(accounts.editor.user.id)
  })
})

describe('restoring versions', () => {
  it('lets a contributor restore an old version only as a draft; editors restore it live', async () => {
    const firstTitle = unique('Første')
    const project = await publishedProject(firstTitle)
    await booted.payload.update({ collection: 'projects', id: project.id, data: { title: unique('Andre') }, overrideAccess: true })
    const { docs } = await booted.payload.findVersions({ collection: 'projects', where: { and: [{ parent: { equals: project.id } }, { 'version.title': { equals: firstTitle } }] }, depth: 0, locale: 'nb' })
    const firstVersion = docs[0]
    expect(firstVersion).toBeDefined()
    const versionId = String(firstVersion?.id)

    const refused = await rest.call('POST', `/api/projects/versions/${versionId}?depth=0`, { token: accounts.contributor.token })
    expect(refused.status).toBe(403)
    const asDraft = await rest.call('POST', `/api/projects/versions/${versionId}?draft=true&depth=0`, { token: accounts.contributor.token })
    expect(asDraft.status).toBe(200)
    expect(await publicTitle(project.id)).not.toBe(firstTitle)

    const live = await rest.call('POST', `/api/projects/versions/${versionId}?depth=0`, { token: accounts.editor.token })
    expect(live.status).toBe(200)
    expect(await publicTitle(project.id)).toBe(firstTitle)
  })
})

describe('site globals', () => {
  it('are changed by editors and admins only', async () => {
    for (const [role, expected] of [['admin', 200], ['editor', 200], ['contributor', 403]] as const) {
      const response = await rest.call('POST', '/api/globals/navigation?locale=nb', { json: { items: [] }, token: accounts[role].token })
      expect({ role, status: response.status }).toEqual({ role, status: expected })
    }
    expect((await rest.call('POST', '/api/globals/navigation?locale=nb', { json: { items: [] } })).status).toBe(403)
  })
})
