import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type Accounts, signInEveryRole } from '../helpers/editorial/roles'
import { type Doc, fixtures, unique } from '../helpers/fixtures'
import { restClient } from '../helpers/restClient'

/**
 * Accounts and roles: the first account is an admin, five failed logins lock an
 * account, users see only themselves (admins see everyone), only admins set roles and
 * nobody changes their own, and timestamps cannot be set from outside — through REST,
 * GraphQL and the Local API with access checks on.
 */

let booted: BootedPayload
let rest: Awaited<ReturnType<typeof restClient>>
let accounts: Accounts
let firstUser: Doc

beforeAll(async () => {
  booted = await bootPayload('editorial-auth')
  rest = await restClient()
  // The admin's "create first user" screen posts here, anonymously, before any account exists.
  const first = await rest.call('POST', '/api/users/first-register', {
    json: { email: 'first@kreftregisteret.test', password: 'first-user-password-1' },
  })
  expect(first.status).toBe(200)
  firstUser = (first.body as { user: Doc }).user
  accounts = await signInEveryRole(booted.payload)
})
afterAll(async () => {
  await booted.shutdown()
})

const errorMessage = (body: unknown) => (body as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''

describe('the first account', () => {
  it('is an admin even though nobody chose a role; later accounts start as contributors', async () => {
    expect(firstUser.role).toBe('admin')
    const later = await rest.call('POST', '/api/users', {
      json: { email: `${unique('ny')}@kreftregisteret.test`, password: 'later-user-password' },
      token: accounts.admin.token,
    })
    expect(later.status).toBe(201)
    expect((later.body as { doc: Doc }).doc.role).toBe('contributor')
  })
})

describe('login lockout', () => {
  it('locks an account after 5 failed attempts, even for the right password, until an admin unlocks it', async () => {
    const email = `${unique('laast')}@kreftregisteret.test`
    const password = 'the-right-password-123'
    await fixtures(booted.payload).user({ email, password, role: 'editor' })
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const failed = await rest.call('POST', '/api/users/login', { json: { email, password: `wrong-${attempt}` } })
      expect({ attempt, status: failed.status }).toEqual({ attempt, status: 401 })
    }
    const locked = await rest.call('POST', '/api/users/login', { json: { email, password } })
    expect(locked.status).toBe(401)
    // Payload's own messages follow the request's language; without Accept-Language that is bokmål (i18n.fallbackLanguage).
    expect(errorMessage(locked.body)).toMatch(/låst/i)
    expect(locked.body).not.toHaveProperty('token')

    // Only an admin unlocks (an editor may not).
    expect((await rest.call('POST', '/api/users/unlock', { json: { email }, token: accounts.editor.token })).status).toBe(403)
    expect((await rest.call('POST', '/api/users/unlock', { json: { email }, token: accounts.admin.token })).status).toBe(200)
    const unlocked = await rest.call('POST', '/api/users/login', { json: { email, password } })
    expect(unlocked.status).toBe(200)
  })

  it('counts failed attempts per account: four failures and then the right password still signs in', async () => {
    const email = `${unique('nesten')}@kreftregisteret.test`
    const password = 'the-right-password-456'
    await fixtures(booted.payload).user({ email, password, role: 'contributor' })
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect((await rest.call('POST', '/api/users/login', { json: { email, password: 'wrong' } })).status).toBe(401)
    }
    expect((await rest.call('POST', '/api/users/login', { json: { email, password } })).status).toBe(200)
  })

  it('sets the auth cookie HttpOnly and SameSite=Lax (Secure when the CMS runs on https)', async () => {
    const response = await rest.call('POST', '/api/users/login', { json: { email: accounts.contributor.email, password: accounts.contributor.password } })
    expect(response.status).toBe(200)
    const cookies = booted.payload.collections.users?.config.auth.cookies
    expect(cookies).toMatchObject({ sameSite: 'Lax', secure: false })
  })
})

describe('who sees which accounts', () => {
  it('shows the users list only to admins; everyone else sees just their own account', async () => {
    const adminList = await rest.call('GET', '/api/users?limit=100&depth=0', { token: accounts.admin.token })
    expect((adminList.body as { totalDocs: number }).totalDocs).toBeGreaterThanOrEqual(4)
    for (const role of ['editor', 'contributor'] as const) {
      const list = await rest.call('GET', '/api/users?limit=100&depth=0', { token: accounts[role].token })
      expect(list.status).toBe(200)
      const ids = (list.body as { docs: Doc[] }).docs.map((doc) => doc.id)
      expect({ role, ids }).toEqual({ role, ids: [accounts[role].user.id] })
      const other = await rest.call('GET', `/api/users/${accounts.admin.user.id}?depth=0`, { token: accounts[role].token })
      expect({ role, status: other.status }).toEqual({ role, status: 404 })
      const gql = await rest.graphql({ json: { query: '{ Users(limit: 100) { docs { id email } } }' }, token: accounts[role].token })
      const gqlIds = (gql.body as { data: { Users: { docs: Doc[] } } }).data.Users.docs.map((doc) => doc.id)
      expect({ role, gqlIds }).toEqual({ role, gqlIds: [accounts[role].user.id] })
      const local = await booted.payload.find({ collection: 'users', user: accounts[role].user, overrideAccess: false, depth: 0 })
      expect(local.docs.map((doc) => doc.id)).toEqual([accounts[role].user.id])
    }
    const anonymous = await rest.call('GET', '/api/users?depth=0')
    expect(anonymous.status).toBe(403)
    const anonymousGql = await rest.graphql({ json: { query: '{ Users { docs { id email } } }' } })
    expect((anonymousGql.body as { data?: { Users: unknown } }).data?.Users ?? null).toBeNull()
  })

  it('lets only admins create and delete accounts', async () => {
    for (const role of ['editor', 'contributor'] as const) {
      const created = await rest.call('POST', '/api/users', { json: { email: `${unique('x')}@kreftregisteret.test`, password: 'some-password-123' }, token: accounts[role].token })
      expect({ role, status: created.status }).toEqual({ role, status: 403 })
      const removed = await rest.call('DELETE', `/api/users/${accounts.admin.user.id}`, { token: accounts[role].token })
      expect({ role, status: removed.status }).toEqual({ role, status: 403 })
    }
  })
})

describe('roles', () => {
  it('refuses anyone raising their own role, with a reason (REST, GraphQL, Local API)', async () => {
    for (const role of ['editor', 'contributor'] as const) {
      const { user, token } = accounts[role]
      const viaRest = await rest.call('PATCH', `/api/users/${user.id}`, { json: { role: 'admin' }, token })
      expect({ role, status: viaRest.status, message: errorMessage(viaRest.body) }).toEqual({ role, status: 403, message: expect.stringMatching(/admin/i) })

      const viaGraphql = await rest.graphql({ json: { query: `mutation { updateUser(id: ${JSON.stringify(user.id)}, data: { role: admin }) { role } }` }, token })
      const gqlError = (viaGraphql.body as { errors?: { message: string; extensions?: { statusCode?: number } }[] }).errors?.[0]
      expect({ role, statusCode: gqlError?.extensions?.statusCode }).toEqual({ role, statusCode: 403 })

      await expect(booted.payload.update({ collection: 'users', id: user.id, data: { role: 'admin' }, user, overrideAccess: false })).rejects.toMatchObject({ status: 403 })

      const stored = await booted.payload.findByID({ collection: 'users', id: user.id, depth: 0 })
      expect({ role, stored: stored.role }).toEqual({ role, stored: role })
    }
  })

  it('lets users update their own account when the role they send is unchanged', async () => {
    const { user, token } = accounts.editor
    const response = await rest.call('PATCH', `/api/users/${user.id}`, { json: { name: 'Eva Editor', role: 'editor' }, token })
    expect(response.status).toBe(200)
    expect((response.body as { doc: Doc }).doc).toMatchObject({ name: 'Eva Editor', role: 'editor' })
  })

  it('lets an admin set another account’s role, but not their own', async () => {
    const target = await fixtures(booted.payload).user({ role: 'contributor' })
    const promoted = await rest.call('PATCH', `/api/users/${target.id}`, { json: { role: 'editor' }, token: accounts.admin.token })
    expect(promoted.status).toBe(200)
    expect((promoted.body as { doc: Doc }).doc.role).toBe('editor')

    const self = await rest.call('PATCH', `/api/users/${accounts.admin.user.id}`, { json: { role: 'contributor' }, token: accounts.admin.token })
    expect(self.status).toBe(403)
    expect(errorMessage(self.body)).toMatch(/own role/i)
  })

  it('lets an admin choose the role of a new account; the anonymous first-user route is closed once one exists', async () => {
    const created = await rest.call('POST', '/api/users', { json: { email: `${unique('ny')}@kreftregisteret.test`, password: 'new-editor-password', role: 'editor' }, token: accounts.admin.token })
    expect(created.status).toBe(201)
    expect((created.body as { doc: Doc }).doc.role).toBe('editor')
    const late = await rest.call('POST', '/api/users/first-register', { json: { email: `${unique('sen')}@kreftregisteret.test`, password: 'late-first-user-pw', role: 'admin' } })
    expect(late.status).toBe(403)
  })
})

describe('protected timestamps', () => {
  it('ignores createdAt/updatedAt sent by a client', async () => {
    const section = await fixtures(booted.payload).section()
    const created = await rest.call('POST', '/api/projects?depth=0', {
      json: { title: unique('Tidsreise'), sections: [section.id], status: 'ongoing', createdAt: '2001-01-01T00:00:00.000Z', updatedAt: '2001-01-01T00:00:00.000Z', _status: 'published' },
      token: accounts.editor.token,
    })
    expect(created.status).toBe(201)
    const doc = (created.body as { doc: Doc }).doc
    expect(String(doc.createdAt).startsWith('2001')).toBe(false)
    expect(String(doc.updatedAt).startsWith('2001')).toBe(false)

    const patched = await rest.call('PATCH', `/api/projects/${doc.id}?depth=0`, { json: { createdAt: '1999-01-01T00:00:00.000Z' }, token: accounts.editor.token })
    expect(patched.status).toBe(200)
    expect((patched.body as { doc: Doc }).doc.createdAt).toBe(doc.createdAt)

    const viaGraphql = await rest.graphql({
      json: { query: `mutation { updateProject(id: ${JSON.stringify(doc.id)}, data: { createdAt: "1999-01-01T00:00:00.000Z" }) { createdAt } }` },
      token: accounts.editor.token,
    })
    const gqlCreatedAt = (viaGraphql.body as { data?: { updateProject?: { createdAt?: string } } }).data?.updateProject?.createdAt
    expect(gqlCreatedAt === undefined || !gqlCreatedAt.startsWith('1999')).toBe(true)
    const stored = await booted.payload.findByID({ collection: 'projects', id: doc.id, depth: 0 })
    expect(stored.createdAt).toBe(doc.createdAt)
  })
})
