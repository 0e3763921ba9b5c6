import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type Doc, fixtures } from '../helpers/fixtures'
import { restClient } from '../helpers/restClient'
import { errorMessages, fieldErrors } from '../helpers/restErrors'

let booted: BootedPayload
let make: ReturnType<typeof fixtures>
let client: Awaited<ReturnType<typeof restClient>>
let token: string

beforeAll(async () => {
  booted = await bootPayload('rest')
  make = fixtures(booted.payload)
  client = await restClient()
  const password = 'rest-suite-password'
  const user = await make.user({ password })
  token = await client.login(String(user.email), password)
})
afterAll(async () => {
  await booted.shutdown()
})

const post = (path: string, options: { json?: unknown; rawBody?: string }) => client.call('POST', path, { ...options, token })

/** The id of a document that existed and was deleted: well-formed on every adapter, but gone. */
async function deletedId(create: () => Promise<Doc>, collection: string): Promise<Doc['id']> {
  const doc = await create()
  await booted.payload.delete({ collection, id: doc.id, overrideAccess: true })
  return doc.id
}

describe('REST: malformed bodies are answered 400 with a message', () => {
  it('a body that is not JSON', async () => {
    const response = await post('/api/departments', { rawBody: '{"title": "Uferdig' })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body)[0]).toMatch(/not valid JSON/)
  })

  it.each([
    ['null', 'null'],
    ['a string', '"Forskningsavdelingen"'],
    ['a number', '42'],
    ['an array', '[{"title":"x"}]'],
  ])('a JSON body that is %s', async (_label, rawBody) => {
    const response = await post('/api/departments', { rawBody })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body)[0]).toMatch(/must be a JSON object/)
  })

  it('on update too', async () => {
    const doc = await make.department()
    const response = await client.call('PATCH', `/api/departments/${doc.id}`, { rawBody: 'null', token })
    expect(response.status).toBe(400)
  })
})

describe('REST: invalid field values are answered 400 with a message per field', () => {
  it('on create', async () => {
    const response = await post('/api/projects', {
      json: { title: 'Ugyldig prosjekt', slug: 'Ugyldig Slug', startYear: 2024, endYear: 2020, sections: [], links: [{ label: 'x', url: 'nope' }] },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual(
      expect.arrayContaining([
        { path: 'slug', message: expect.stringMatching(/not a valid slug/) },
        { path: 'endYear', message: expect.stringMatching(/cannot be before the start year/) },
        { path: 'sections', message: expect.stringMatching(/at least one section/) },
        { path: 'links.0.url', message: expect.stringMatching(/not a valid URL/) },
      ]),
    )
  })

  it('on update', async () => {
    const person = await make.person()
    const response = await client.call('PATCH', `/api/people/${person.id}`, { json: { email: 'ikke-epost' }, token })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([{ path: 'email', message: expect.stringMatching(/not a valid email address/) }])
  })

  it('for a relationship to a document that does not exist', async () => {
    const gone = await deletedId(() => make.department(), 'departments')
    const response = await post('/api/sections', { json: { title: 'Foreldreløs seksjon', department: gone } })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([{ path: 'department', message: expect.stringMatching(/related document does not exist/) }])
  })

  it('for a draft pointing at a missing document (drafts skip most field validation, not this)', async () => {
    const gone = await deletedId(() => make.person(), 'people')
    const response = await post('/api/departments?draft=true', { json: { title: 'Utkast', kind: 'research', head: gone } })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([{ path: 'head', message: expect.stringMatching(/related document does not exist/) }])
  })
})

describe('REST: unknown documents are answered 404', () => {
  it.each(['GET', 'PATCH', 'DELETE'] as const)('%s of a deleted document', async (method) => {
    const gone = await deletedId(() => make.keyFigure(), 'key-figures')
    const response = await client.call(method, `/api/key-figures/${gone}`, { token, ...(method === 'PATCH' ? { json: { value: 1 } } : {}) })
    expect(response.status).toBe(404)
  })

  it.each(['GET', 'PATCH', 'DELETE'] as const)('%s of an id that cannot exist', async (method) => {
    const response = await client.call(method, '/api/departments/not-an-id', { token, ...(method === 'PATCH' ? { json: { title: 'x' } } : {}) })
    expect(response.status).toBe(404)
    expect(errorMessages(response.body)[0]).not.toMatch(/unknown error/i)
  })

  it('an unknown collection', async () => {
    const response = await client.call('GET', '/api/not-a-collection')
    expect(response.status).toBe(404)
  })
})

describe('REST: invalid queries are answered 400, not 500', () => {
  it.each([
    ['an unknown field', 'where[nope][equals]=1'],
    ['an unknown operator', 'where[title][approximately]=x'],
    ['a geo operator on text', 'where[title][near]=10,10'],
    ['a date that is not a date', 'where[lastUpdated][greater_than]=not-a-date'],
    ['a relationship id that cannot exist', 'where[head][equals]=abc'],
    ['an id that cannot exist', 'where[id][in]=1,abc'],
    ['a number field compared with text', 'where[order][less_than]=many'],
    ['a where that is not JSON', 'where=abc'],
    ['a condition without operator', 'where[title]=x'],
  ])('%s', async (_label, query) => {
    const response = await client.call('GET', `/api/departments?${query}`, { token })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body)[0]).not.toMatch(/unknown error|something went wrong/i)
  })

  it('still answers valid queries', async () => {
    const department = await make.department({ order: 7 })
    const query = `where[and][0][id][in]=${department.id}&where[and][1][order][greater_than_equal]=7&where[and][2][lastUpdated][greater_than]=2000-01-01`
    const response = await client.call('GET', `/api/departments?${query}`)
    expect(response.status).toBe(200)
    expect((response.body as { docs: Doc[] }).docs.map((doc) => doc.id)).toEqual([department.id])
  })
})

describe('REST: drafts, versions, joins and auth routes never answer 500', () => {
  it('refuses a draft with a date that is not a date, and the document stays readable', async () => {
    const doc = await make.department()
    const response = await client.call('PATCH', `/api/departments/${doc.id}?draft=true`, { json: { lastUpdated: 'not-a-date' }, token })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([{ path: 'lastUpdated', message: expect.stringMatching(/not a valid date/) }])
    expect((await client.call('GET', `/api/departments/${doc.id}?draft=true`, { token })).status).toBe(200)
  })

  it('refuses a polymorphic relationship to a collection the field does not allow', async () => {
    const response = await post('/api/people', { json: { name: 'Ukjent enhet', title: 'Forsker', unit: { relationTo: 'users', value: '00000000-0000-4000-8000-000000000001' } } })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([{ path: 'unit', message: expect.stringMatching(/not one of the collections/) }])
  })

  it.each([
    ['versions of a document id that cannot exist', '/api/departments/versions?where[parent][equals]=abc'],
    ['a join filtered by an impossible id', '/api/departments?joins[sections][where][department][equals]=abc'],
    ['a polymorphic relationship compared with a bare value', '/api/people?where[unit][equals]=abc'],
    ['a nested path into a polymorphic relationship', '/api/departments?where[head.unit][equals]=abc'],
    ['an impossible id inside or', '/api/departments?where[or][0][id][equals]=abc&where[or][1][title][equals]=x'],
  ])('%s → 400', async (_label, path) => {
    const response = await client.call('GET', path, { token })
    expect(response.status).toBe(400)
  })

  it('answers email verification (not used here) with 404', async () => {
    const response = await client.call('POST', '/api/users/verify/some-token')
    expect(response.status).toBe(404)
  })

  it('answers a bounded sweep of odd but well-formed requests below 500', async () => {
    const doc = await make.department()
    const sweep: [method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: string][] = [
      ['GET', `/api/departments/${doc.id}?locale=all`],
      ['GET', '/api/departments?where[title][in]=a,b'],
      ['GET', '/api/departments?where[head.name][greater_than]=x'],
      ['GET', '/api/people?where[unit.value][equals]=abc'],
      ['GET', '/api/departments/versions/abc'],
      ['POST', '/api/departments/versions/abc', '{}'],
      ['PATCH', '/api/departments?where[id][equals]=abc', '{"title":"x"}'],
      ['DELETE', '/api/departments?where[lastUpdated][less_than]=x'],
      ['PATCH', `/api/departments/${doc.id}`, '{"contacts":"abc"}'],
      ['PATCH', `/api/departments/${doc.id}`, '{"sources":[{"title":1,"url":2}]}'],
      ['PATCH', `/api/departments/${doc.id}?draft=true`, '{"head":{"id":"x"}}'],
      ['POST', '/api/people?draft=true', '{"unit":{"relationTo":"nope","value":1}}'],
      ['POST', '/api/globals/navigation', '{"items":"x"}'],
      ['POST', '/api/media', '{"alt":"x"}'],
      ['POST', '/api/users/login', '{"email":1,"password":2}'],
      ['POST', '/api/users/reset-password', '{"token":"x","password":"y"}'],
      ['POST', `/api/departments/duplicate/${doc.id}`, '{}'],
    ]
    const answers: string[] = []
    for (const [method, path, rawBody] of sweep) {
      const response = await client.call(method, path, { token, rawBody })
      answers.push(`${response.status} ${method} ${path}`)
    }
    expect(answers.filter((answer) => answer.startsWith('5'))).toEqual([])
  })
})

describe('REST: access', () => {
  it('answers anonymous reads of users with 403', async () => {
    expect((await client.call('GET', '/api/users')).status).toBe(403)
  })

  it('answers anonymous writes with 403', async () => {
    const response = await client.call('POST', '/api/departments', { json: { title: 'Anonym', kind: 'research' } })
    expect(response.status).toBe(403)
  })

  it('lists only published documents anonymously', async () => {
    const published = await make.keyFigure()
    const draft = await make.keyFigure({ _status: 'draft' })
    const anonymous = (await client.call('GET', '/api/key-figures?limit=100')).body as { docs: Doc[] }
    const ids = anonymous.docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    expect((await client.call('GET', `/api/key-figures/${draft.id}`)).status).toBe(404)
    expect((await client.call('GET', `/api/key-figures/${draft.id}`, { token })).status).toBe(200)
  })

  it('creates a document for a signed-in user (201)', async () => {
    const response = await post('/api/departments', { json: { title: 'Ny avdeling via REST', kind: 'research' } })
    expect(response.status).toBe(201)
    expect((response.body as { doc: Doc }).doc).toMatchObject({ title: 'Ny avdeling via REST', slug: 'ny-avdeling-via-rest' })
  })
})

describe('GraphQL', () => {
  it('answers a body that is not JSON with 400', async () => {
    const response = await client.graphql({ rawBody: 'query { Departments { docs { title } } }' })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body)[0]).toMatch(/not valid JSON/)
  })

  it('filters with AND / OR', async () => {
    const first = await make.department()
    const second = await make.department()
    const query = `{ Departments(where: { OR: [{ id: { equals: ${JSON.stringify(first.id)} } }, { AND: [{ id: { equals: ${JSON.stringify(second.id)} } }] }] }) { docs { id } } }`
    const response = await client.graphql({ json: { query } })
    expect(response.status).toBe(200)
    const ids = (response.body as { data: { Departments: { docs: { id: unknown }[] } } }).data.Departments.docs.map((doc) => doc.id)
    expect(ids.sort()).toEqual([first.id, second.id].sort())
  })

  it('reads departments in the requested locale', async () => {
    const doc = await make.department({ title: 'Avdeling for GraphQL' })
    await booted.payload.update({ collection: 'departments', id: doc.id, data: { title: 'GraphQL Department' }, locale: 'en', overrideAccess: true })
    const query = (locale: string) => `{ Departments(locale: ${locale}, where: { id: { equals: ${JSON.stringify(doc.id)} } }) { docs { title slug } } }`
    const english = await client.graphql({ json: { query: query('en') } })
    const bokmal = await client.graphql({ json: { query: query('nb') } })
    expect(english.body).toEqual({ data: { Departments: { docs: [{ title: 'GraphQL Department', slug: 'graphql-department' }] } } })
    expect(bokmal.body).toEqual({ data: { Departments: { docs: [{ title: 'Avdeling for GraphQL', slug: 'avdeling-for-graphql' }] } } })
  })
})
