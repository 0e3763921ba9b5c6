import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type Accounts, signInEveryRole } from '../helpers/editorial/roles'
import { type Doc, fixtures, unique } from '../helpers/fixtures'
import { restClient } from '../helpers/restClient'
import { fieldErrors } from '../helpers/restErrors'

/**
 * Publish gates on REST and GraphQL (the app's own route handlers, real tokens): no
 * national identity number is ever stored, drafts included; rich text with skipped
 * headings or vague link texts is refused on publish with a message per problem, and
 * only warned about on a draft save. (Validators: tests/unit/gates.spec.ts.)
 */
const FODSELSNUMMER = '15058510170' // synthetic: both mod-11 check digits hold
const D_NUMBER_SPACED = '451180 10187' // synthetic D-number, written with a space
const NOT_AN_ID = '15058510171' // same digits, wrong k2: a count, not a person

let booted: BootedPayload
let accounts: Accounts
let rest: Awaited<ReturnType<typeof restClient>>
let sectionId: Doc['id']

beforeAll(async () => {
  booted = await bootPayload('publish-gates')
  rest = await restClient()
  accounts = await signInEveryRole(booted.payload)
  sectionId = (await fixtures(booted.payload).section()).id
})
afterAll(async () => {
  await booted.shutdown()
})

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra })
const richText = (...children: unknown[]) => ({ root: block('root', children) })
const heading = (tag: string, value: string) => block('heading', [text(value)], { tag })
const paragraph = (...children: unknown[]) => block('paragraph', children, { textFormat: 0, textStyle: '' })
const link = (label: string) => block('link', [text(label)], { fields: { linkType: 'custom', url: 'https://www.kreftregisteret.no/', newTab: false } })

const project = (data: Record<string, unknown>) => ({ title: unique('Prosjekt'), status: 'ongoing', sections: [sectionId], lastUpdated: '2026-01-15T00:00:00.000Z', ...data })

describe('national identity numbers (REST)', () => {
  it.each([
    ['a draft', { lead: `Kontakt pasient ${FODSELSNUMMER}.` }, 'true', 'lead'],
    ['a published document', { title: `Prosjekt ${D_NUMBER_SPACED}` }, 'false', 'title'],
    ['rich text of a draft', { body: richText(paragraph(text(`fnr ${FODSELSNUMMER}`))) }, 'true', 'body'],
    ['an array row', { partners: [{ name: `Partner ${FODSELSNUMMER}` }] }, 'true', 'partners.0.name'],
  ])('refuses %s holding one with 400 naming the field', async (_case, data, draft, path) => {
    const response = await rest.call('POST', `/api/projects?draft=${draft}`, { token: accounts.editor.token, json: project(data) })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([{ path, message: expect.stringMatching(/national identity number/) }])
    expect(JSON.stringify(response.body)).not.toContain(FODSELSNUMMER)
  })

  it('refuses it when an existing document is updated, and keeps the stored text', async () => {
    const created = await rest.call('POST', '/api/projects', { token: accounts.editor.token, json: project({ lead: 'Trygg tekst.' }) })
    const id = (created.body as { doc: Doc }).doc.id
    const response = await rest.call('PATCH', `/api/projects/${String(id)}?draft=true`, { token: accounts.contributor.token, json: { lead: `Nr. ${FODSELSNUMMER}` } })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([{ path: 'lead', message: expect.stringMatching(/national identity number/) }])
    const stored = (await booted.payload.findByID({ collection: 'projects', id, draft: true, overrideAccess: true })) as unknown as Doc
    expect(stored.lead).toBe('Trygg tekst.')
  })

  it('accepts an 11-digit number whose check digits fail', async () => {
    const response = await rest.call('POST', '/api/projects', { token: accounts.editor.token, json: project({ lead: `Vi telte ${NOT_AN_ID} prøver.` }) })
    expect(response.status).toBe(201)
  })

  it('guards the globals and the sources too', async () => {
    const overview = await rest.call('POST', '/api/globals/research-overview?draft=true', { token: accounts.editor.token, json: { lead: `Se ${FODSELSNUMMER}` } })
    expect(overview.status).toBe(400)
    expect(fieldErrors(overview.body)).toEqual([{ path: 'lead', message: expect.stringMatching(/national identity number/) }])
    const source = await rest.call('POST', '/api/sources', { token: accounts.editor.token, json: { title: 'Kilde', url: 'https://example.org/', notes: FODSELSNUMMER } })
    expect(source.status).toBe(400)
    expect(fieldErrors(source.body)).toEqual([{ path: 'notes', message: expect.stringMatching(/national identity number/) }])
  })
})

describe('national identity numbers (GraphQL)', () => {
  it('refuses a mutation holding one, naming the field', async () => {
    const query = `mutation { createProject(draft: true, data: { title: "Prosjekt ${FODSELSNUMMER}", status: ongoing, sections: [${JSON.stringify(sectionId)}], lastUpdated: "2026-01-15T00:00:00.000Z" }) { id } }`
    const response = await rest.graphql({ token: accounts.editor.token, json: { query } })
    const errors = (response.body as { errors?: { message: string; extensions?: { statusCode?: number; data?: { errors?: { path: string; message: string }[] } } }[] }).errors ?? []
    expect(errors).toHaveLength(1)
    expect(errors[0]?.extensions?.statusCode).toBe(400)
    // The slug generated from the title carries the number too: both fields are named.
    expect(errors[0]?.extensions?.data?.errors).toEqual([
      { path: 'title', message: expect.stringMatching(/national identity number/) },
      { path: 'slug', message: expect.stringMatching(/national identity number/) },
    ])
    expect((await booted.payload.count({ collection: 'projects', where: { title: { contains: '15058510170' } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('rich text gates', () => {
  const badBody = richText(heading('h2', 'Bakgrunn'), heading('h4', 'Detaljer'), paragraph(link('klikk her')), paragraph(link('https://www.kreftregisteret.no/')))

  it('refuses publishing with one message per problem', async () => {
    const response = await rest.call('POST', '/api/projects', { token: accounts.editor.token, json: project({ body: badBody, _status: 'published' }) })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([
      { path: 'body', message: expect.stringMatching(/"Detaljer" is h4 after h2/) },
      { path: 'body', message: expect.stringMatching(/"klikk her" does not say where/) },
      { path: 'body', message: expect.stringMatching(/bare address/) },
    ])
  })

  it('saves a draft with the problems as warnings, and publishes once they are fixed', async () => {
    const draft = await rest.call('POST', '/api/projects?draft=true', { token: accounts.editor.token, json: project({ body: badBody, _status: 'draft' }) })
    expect(draft.status).toBe(201)
    const doc = (draft.body as { doc: Doc }).doc
    expect(doc.publishWarnings).toHaveLength(3)

    const stillBad = await rest.call('PATCH', `/api/projects/${String(doc.id)}`, { token: accounts.editor.token, json: { _status: 'published' } })
    expect(stillBad.status).toBe(400)

    const fixed = richText(heading('h2', 'Bakgrunn'), heading('h3', 'Detaljer'), paragraph(link('Kreftregisterets prosjektside')))
    const published = await rest.call('PATCH', `/api/projects/${String(doc.id)}`, { token: accounts.editor.token, json: { body: fixed, _status: 'published' } })
    expect(published.status).toBe(200)
    expect((published.body as { doc: Doc }).doc.publishWarnings).toEqual([])
  })

  it('never shows the warnings to anonymous readers', async () => {
    const list = await rest.call('GET', '/api/projects?limit=1')
    const first = (list.body as { docs: Doc[] }).docs[0]
    expect(first).toBeDefined()
    expect(first && 'publishWarnings' in first).toBe(false)
  })
})
