import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type Accounts, signInEveryRole } from '../helpers/editorial/roles'
import { type Doc, fixtures, unique } from '../helpers/fixtures'
import { restClient } from '../helpers/restClient'

/**
 * Honest "last updated" (fields/publicChangeFields) and the public change history
 * (endpoints/changeHistory), through REST with real tokens.
 */
let booted: BootedPayload
let accounts: Accounts
let rest: Awaited<ReturnType<typeof restClient>>
let sectionId: Doc['id']

beforeAll(async () => {
  booted = await bootPayload('public-changes')
  rest = await restClient()
  accounts = await signInEveryRole(booted.payload)
  sectionId = (await fixtures(booted.payload).section()).id
})
afterAll(async () => {
  await booted.shutdown()
})

type History = { entries: { date: string; note: string | null }[] }

const save = async (method: 'POST' | 'PATCH', path: string, json: Record<string, unknown>) => {
  const response = await rest.call(method, path, { token: accounts.editor.token, json })
  expect({ path, status: response.status }).toEqual({ path, status: method === 'POST' ? 201 : 200 })
  return (response.body as { doc: Doc }).doc
}

/** Waits until the clock has moved past `iso`, so the next save gets a later timestamp (no fixed sleep). */
async function after(iso: unknown) {
  while (new Date().toISOString() <= String(iso)) await new Promise((resolve) => setImmediate(resolve))
}

describe('last updated', () => {
  it('moves only when a change is published, not for drafts, minor changes or a forged value', async () => {
    const created = await save('POST', '/api/projects', { title: unique('Prosjekt'), status: 'ongoing', sections: [sectionId], lastUpdated: '2001-01-01T00:00:00.000Z', _status: 'published', changeNote: 'Første versjon.' })
    expect(created.lastUpdated).not.toBe('2001-01-01T00:00:00.000Z')
    const published = String(created.lastUpdated)
    expect(Date.now() - new Date(published).getTime()).toBeLessThan(60_000)

    await after(published)
    const draft = await save('PATCH', `/api/projects/${String(created.id)}?draft=true`, { lead: 'Utkast', lastUpdated: '2030-01-01T00:00:00.000Z', _status: 'draft' })
    expect(draft.lastUpdated).toBe(published)
    // The note of the previous publication is not carried into the next one.
    expect(draft.changeNote).toBeNull()

    const minor = await save('PATCH', `/api/projects/${String(created.id)}`, { lead: 'Rettet skrivefeil', minorChange: true, _status: 'published' })
    expect(minor.lastUpdated).toBe(published)

    await after(published)
    const major = await save('PATCH', `/api/projects/${String(created.id)}`, { lead: 'Nye resultater', changeNote: 'Resultater fra 2024 lagt til.', _status: 'published' })
    expect(String(major.lastUpdated) > published).toBe(true)
    expect(major.minorChange).toBe(false)

    const history = await rest.call('GET', `/api/change-history/projects/${String(created.id)}?locale=nb`)
    expect(history.status).toBe(200)
    const entries = (history.body as History).entries
    // Newest first; the minor publication and the draft are not there; no editor names.
    expect(entries).toEqual([
      { date: major.lastUpdated, note: 'Resultater fra 2024 lagt til.' },
      { date: published, note: 'Første versjon.' },
    ])
    expect(JSON.stringify(history.body)).not.toMatch(/@kreftregisteret\.test|updatedBy|email/)
  })

  it('has no public history for a page readers cannot see, and refuses unknown collections and locales', async () => {
    const draft = await save('POST', '/api/projects?draft=true', { title: unique('Utkast'), status: 'ongoing', sections: [sectionId], _status: 'draft' })
    expect((await rest.call('GET', `/api/change-history/projects/${String(draft.id)}`)).status).toBe(404)
    expect((await rest.call('GET', '/api/change-history/users/1')).status).toBe(404)
    expect((await rest.call('GET', '/api/change-history/projects/ikke-en-id')).status).toBe(404)
    expect((await rest.call('GET', `/api/change-history/projects/${String(draft.id)}?locale=de`)).status).toBe(400)
  })

  it('finds a page by its slug in the locale, as the site addresses it', async () => {
    const slug = unique('slug-historikk').toLowerCase().replace(/[^a-z0-9-]/g, '-')
    const created = await save('POST', '/api/projects?locale=nb', { title: unique('Prosjekt'), slug, status: 'ongoing', sections: [sectionId], _status: 'published', changeNote: 'Lagt inn.' })
    const bySlug = await rest.call('GET', `/api/change-history/projects?slug=${slug}&locale=nb`)
    expect(bySlug.status).toBe(200)
    const byId = await rest.call('GET', `/api/change-history/projects/${String(created.id)}?locale=nb`)
    expect(bySlug.body).toEqual(byId.body)
    expect((bySlug.body as History).entries).toEqual([{ date: created.lastUpdated, note: 'Lagt inn.' }])

    const draft = await save('POST', '/api/projects?draft=true&locale=nb', { title: unique('Utkast'), slug: `${slug}-utkast`, status: 'ongoing', sections: [sectionId], _status: 'draft' })
    expect(draft.slug).toBe(`${slug}-utkast`)
    expect((await rest.call('GET', `/api/change-history/projects?slug=${slug}-utkast&locale=nb`)).status).toBe(404)
    expect((await rest.call('GET', '/api/change-history/projects?slug=finnes-ikke&locale=nb')).status).toBe(404)
    expect((await rest.call('GET', `/api/change-history/people?slug=${slug}`)).status).toBe(404)
    const missingSlug = await rest.call('GET', '/api/change-history/projects?locale=nb')
    expect(missingSlug.status).toBe(400)
    expect((missingSlug.body as { errors: { message: string }[] }).errors[0]?.message).toMatch(/^"slug" is required/)
    expect((await rest.call('GET', `/api/change-history/projects?slug=${slug}&locale=de`)).status).toBe(400)
  })

  it('keeps a history for the overview global', async () => {
    const response = await rest.call('POST', '/api/globals/research-overview', { token: accounts.editor.token, json: { title: 'Avdelinger og forskere', goals: [{ goal: 'Forebygge' }], changeNote: 'Ny ingress.', _status: 'published' } })
    expect(response.status).toBe(200)
    const history = await rest.call('GET', '/api/change-history/globals/research-overview?locale=nb')
    expect((history.body as History).entries[0]).toEqual({ date: (response.body as { result: Doc }).result.lastUpdated, note: 'Ny ingress.' })
  })
})
