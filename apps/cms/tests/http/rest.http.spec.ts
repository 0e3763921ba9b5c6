import { beforeAll, describe, expect, it } from '@jest/globals'

import { adminToken, http } from '../helpers/httpCms'
import { errorMessages, fieldErrors } from '../helpers/restErrors'

type Doc = Record<string, unknown> & { id: number | string }
/** A well-formed id no document has (ids are opaque text on every adapter). */
const MISSING_ID = '00000000-0000-4000-8000-000000000000'
type List = { docs: Doc[]; totalDocs: number }

const suffix = Date.now().toString(36)
let token: string

beforeAll(async () => {
  token = await adminToken()
})

/** Creates a published department in bokmål and adds its English version, as an editor would. */
async function bilingualDepartment(nb: string, en: string, extra: Record<string, unknown> = {}): Promise<Doc> {
  const created = await http('POST', '/api/departments?locale=nb', { token, json: { title: nb, kind: 'research', _status: 'published', ...extra } })
  expect(created.status).toBe(201)
  const doc = (created.body as { doc: Doc }).doc
  const translated = await http('PATCH', `/api/departments/${doc.id}?locale=en`, { token, json: { title: en, _status: 'published' } })
  expect(translated.status).toBe(200)
  return doc
}

describe('REST reads in both locales (anonymous)', () => {
  let doc: Doc

  beforeAll(async () => {
    doc = await bilingualDepartment(`HTTP-avdelingen ${suffix}`, `HTTP Department ${suffix}`, { lead: 'Bare på bokmål.' })
  })

  it('reads one document with locale=nb and locale=en', async () => {
    const nb = await http('GET', `/api/departments/${doc.id}?locale=nb`)
    const en = await http('GET', `/api/departments/${doc.id}?locale=en`)
    expect(nb.status).toBe(200)
    expect(en.status).toBe(200)
    expect(nb.body).toMatchObject({ id: doc.id, title: `HTTP-avdelingen ${suffix}`, slug: `http-avdelingen-${suffix}` })
    expect(en.body).toMatchObject({ id: doc.id, title: `HTTP Department ${suffix}`, slug: `http-department-${suffix}` })
  })

  it('falls back to bokmål for a field without an English value', async () => {
    const en = await http('GET', `/api/departments/${doc.id}?locale=en`)
    expect((en.body as Doc).lead).toBe('Bare på bokmål.')
  })

  it('lists documents with locale=en and locale=nb, published only', async () => {
    for (const [locale, title] of [['nb', `HTTP-avdelingen ${suffix}`], ['en', `HTTP Department ${suffix}`]] as const) {
      const response = await http('GET', `/api/departments?locale=${locale}&limit=100&depth=0`)
      expect(response.status).toBe(200)
      const list = response.body as List
      expect(list.docs.find((each) => each.id === doc.id)?.title).toBe(title)
      // Whatever else is there (the seed's departments) is published and has a title and slug.
      for (const each of list.docs) {
        expect(each._status).toBe('published')
        expect(typeof each.title).toBe('string')
        expect(String(each.slug)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      }
    }
  })

  it('finds a document by its English slug only in English', async () => {
    const query = `where[slug][equals]=http-department-${suffix}`
    expect(((await http('GET', `/api/departments?locale=en&${query}`)).body as List).docs.map((each) => each.id)).toEqual([doc.id])
    expect(((await http('GET', `/api/departments?locale=nb&${query}`)).body as List).totalDocs).toBe(0)
  })

  it('reads the seeded content, if any, in both locales', async () => {
    const nb = (await http('GET', '/api/sections?locale=nb&limit=5&depth=0')).body as List
    for (const section of nb.docs) {
      const en = await http('GET', `/api/sections/${section.id}?locale=en&depth=0`)
      expect(en.status).toBe(200)
      expect((en.body as Doc).id).toEqual(section.id)
      expect(typeof (en.body as Doc).title).toBe('string')
    }
  })
})

describe('REST access (anonymous)', () => {
  it('answers GET /api/users with 403', async () => {
    const response = await http('GET', '/api/users')
    expect(response.status).toBe(403)
    expect(errorMessages(response.body)[0]).toBeTruthy()
  })

  it('answers creating, updating and deleting without auth with 403', async () => {
    const doc = await bilingualDepartment(`Låst avdeling ${suffix}`, `Locked department ${suffix}`)
    expect((await http('POST', '/api/departments', { json: { title: 'Anonym', kind: 'research' } })).status).toBe(403)
    expect((await http('PATCH', `/api/departments/${doc.id}`, { json: { title: 'Anonym' } })).status).toBe(403)
    expect((await http('DELETE', `/api/departments/${doc.id}`)).status).toBe(403)
    expect(((await http('GET', `/api/departments/${doc.id}?locale=nb`)).body as Doc).title).toBe(`Låst avdeling ${suffix}`)
  })

  it('does not show drafts', async () => {
    const created = await http('POST', '/api/key-figures?draft=true', {
      token,
      json: { title: `Utkast ${suffix}`, value: 1, referenceYear: 2024, _status: 'draft' },
    })
    expect(created.status).toBe(201)
    const draft = (created.body as { doc: Doc }).doc
    expect((await http('GET', `/api/key-figures/${draft.id}`)).status).toBe(404)
    const list = (await http('GET', `/api/key-figures?where[id][equals]=${draft.id}`)).body as List
    expect(list.totalDocs).toBe(0)
    expect((await http('GET', `/api/key-figures/${draft.id}`, { token })).status).toBe(200)
  })
})

describe('REST: invalid input from a signed-in admin is a 400 with a message per field', () => {
  it.each([
    ['departments', { title: 'Avdeling', kind: 'research', slug: 'Ugyldig Slug' }, 'slug', /not a valid slug/],
    ['departments', { kind: 'research' }, 'title', /.+/],
    ['projects', { title: 'Prosjekt', sections: [], screeningProgramme: null }, 'sections', /at least one section/],
    ['key-figures', { title: 'Tall', value: -1, referenceYear: 2024 }, 'value', /.+/],
    ['key-figures', { title: 'Tall', value: 1, referenceYear: 2024, source: null }, 'source', /.+/],
    ['sources', { title: 'Kilde', url: 'ikke-en-url' }, 'url', /not a valid URL/],
    ['people', { name: 'Navn', title: 'Forsker', email: 'ikke.epost' }, 'email', /not a valid email address/],
    ['screening-programmes', { title: 'Program', test: 'HPV', targetGroup: { sex: 'women', ageFrom: 69, ageTo: 25 } }, 'targetGroup.ageTo', /lower age/],
  ])('%s: %j → %s', async (collection, data, path, message) => {
    const response = await http('POST', `/api/${collection}`, { token, json: data })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual(expect.arrayContaining([{ path, message: expect.stringMatching(message) }]))
  })

  it('reports an end year before the start year, with the section that exists', async () => {
    const department = (await http('POST', '/api/departments', { token, json: { title: `Årsavdeling ${suffix}`, kind: 'research' } })).body as { doc: Doc }
    const section = (await http('POST', '/api/sections', { token, json: { title: `Årsseksjon ${suffix}`, department: department.doc.id } })).body as { doc: Doc }
    const response = await http('POST', '/api/projects', {
      token,
      json: { title: 'Baklengs', sections: [section.doc.id], startYear: 2020, endYear: 2010, registrations: [{ type: 'nct', identifier: 'NCT1' }] },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual(
      expect.arrayContaining([
        { path: 'endYear', message: expect.stringMatching(/cannot be before the start year/) },
        { path: 'registrations.0.identifier', message: expect.stringMatching(/NCT/) },
      ]),
    )
  })
})

describe('REST: malformed requests are 4xx with a message, never 500', () => {
  const unhelpful = /unknown error|something went wrong/i

  it.each([
    ['a body that is not JSON', 'POST', '/api/departments', '{"title": '],
    ['a JSON body that is null', 'POST', '/api/departments', 'null'],
    ['a JSON body that is text', 'PATCH', '/api/departments/1', '"tittel"'],
    ['a where that is not JSON', 'GET', '/api/departments?where=abc', undefined],
    ['a geo operator on text', 'GET', '/api/departments?where[title][near]=1,2', undefined],
    ['a date that is not a date', 'GET', '/api/departments?where[lastUpdated][greater_than]=never', undefined],
    ['a relationship id that cannot exist', 'GET', '/api/sections?where[department][equals]=abc', undefined],
    ['an unknown field', 'GET', '/api/departments?where[nope][equals]=1', undefined],
  ])('%s → 400', async (_label, method, path, rawBody) => {
    const response = await http(method, path, { token, rawBody })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join(' ')).not.toMatch(unhelpful)
  })

  it.each([
    ['GET', '/api/departments/not-an-id'],
    ['DELETE', '/api/departments/not-an-id'],
    ['PATCH', '/api/departments/not-an-id'],
    ['GET', `/api/departments/${MISSING_ID}`],
    ['GET', '/api/departments/999999999'],
    ['GET', '/api/no-such-collection'],
  ])('%s %s → 404', async (method, path) => {
    const response = await http(method, path, { token, ...(method === 'PATCH' ? { json: { title: 'x' } } : {}) })
    expect(response.status).toBe(404)
  })

  it('answers a relationship to a missing document with 400 on the field', async () => {
    const response = await http('POST', '/api/sections', { token, json: { title: 'Uten avdeling', department: MISSING_ID } })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([{ path: 'department', message: expect.stringMatching(/does not exist/) }])
  })

  it('answers a draft pointing at a missing document with 400', async () => {
    const response = await http('POST', '/api/departments?draft=true', { token, json: { title: 'Utkast', kind: 'research', head: MISSING_ID } })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([{ path: 'head', message: expect.stringMatching(/related document does not exist/) }])
  })
})
