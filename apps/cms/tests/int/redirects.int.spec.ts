import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type Accounts, signInEveryRole } from '../helpers/editorial/roles'
import { type Doc, fixtures, unique } from '../helpers/fixtures'
import { restClient } from '../helpers/restClient'

/**
 * Addresses stay valid: publishing a changed slug (in one locale) leaves a redirect entry from
 * the old address to the document; entries never chain, an address that is live again stops
 * redirecting, loops are refused and custom chains collapse; editors manage entries in the admin.
 */
let booted: BootedPayload
let payload: Payload
let accounts: Accounts
let rest: Awaited<ReturnType<typeof restClient>>

beforeAll(async () => {
  booted = await bootPayload('redirects')
  payload = booted.payload
  accounts = await signInEveryRole(payload)
  rest = await restClient()
})
afterAll(async () => {
  await booted.shutdown()
})

type Entry = { from: string; to: { type: string; url?: string | null; reference?: { relationTo: string; value: string | { id: string } } | null } }

async function entries(): Promise<Record<string, string>> {
  const { docs } = await payload.find({ collection: 'redirects', depth: 0, limit: 100, pagination: false, overrideAccess: true })
  return Object.fromEntries(
    (docs as unknown as Entry[]).map((entry) => [
      entry.from,
      entry.to.type === 'custom' ? `url:${String(entry.to.url)}` : `${String(entry.to.reference?.relationTo)}:${String(typeof entry.to.reference?.value === 'object' ? entry.to.reference.value.id : entry.to.reference?.value)}`,
    ]),
  )
}

const publish = (collection: 'projects' | 'departments' | 'sections', id: string | number, locale: 'nb' | 'en', data: Record<string, unknown>) =>
  payload.update({ collection, id, locale, data: { ...data, _status: 'published' }, overrideAccess: true })

async function clear(): Promise<void> {
  await payload.delete({ collection: 'redirects', where: { id: { exists: true } }, overrideAccess: true })
}

describe('a published slug change', () => {
  let project: Doc
  const first = unique('forste')
  beforeAll(async () => {
    await clear()
    project = await fixtures(payload).project({ title: 'Prosjekt', slug: first })
    // Until it has its own English slug, the English page lives at the bokmål slug (fallback):
    // translating the slug moves that address too.
    await publish('projects', project.id, 'en', { title: 'Project', slug: `${first}-en` })
    expect(await entries()).toEqual({ [`/en/research/projects/${first}`]: `projects:${String(project.id)}` })
    await clear()
  })

  it('redirects the old address in that locale to the document, and nothing else', async () => {
    await publish('projects', project.id, 'nb', { slug: `${first}-ny` })
    expect(await entries()).toEqual({ [`/nb/forskning/prosjekter/${first}`]: `projects:${String(project.id)}` })
  })

  it('never makes a chain: a second rename adds its own entry to the same document', async () => {
    await publish('projects', project.id, 'nb', { slug: `${first}-tredje` })
    expect(await entries()).toEqual({
      [`/nb/forskning/prosjekter/${first}`]: `projects:${String(project.id)}`,
      [`/nb/forskning/prosjekter/${first}-ny`]: `projects:${String(project.id)}`,
    })
  })

  it('stops redirecting an address that is the page again (no loop)', async () => {
    await publish('projects', project.id, 'nb', { slug: first })
    expect(await entries()).toEqual({
      [`/nb/forskning/prosjekter/${first}-ny`]: `projects:${String(project.id)}`,
      [`/nb/forskning/prosjekter/${first}-tredje`]: `projects:${String(project.id)}`,
    })
  })

  it('leaves no entry for a draft save: the public address did not move', async () => {
    await clear()
    await payload.update({ collection: 'projects', id: project.id, locale: 'en', draft: true, data: { slug: `${first}-utkast` }, overrideAccess: true })
    expect(await entries()).toEqual({})
    await publish('projects', project.id, 'en', { slug: `${first}-utkast` })
    expect(await entries()).toEqual({ [`/en/research/projects/${first}-en`]: `projects:${String(project.id)}` })
  })
})

describe('a renamed department', () => {
  it('redirects its own address and those of its sections, in every locale whose address moved', async () => {
    await clear()
    const slug = unique('avdeling')
    const department = await fixtures(payload).department({ slug })
    const section = await fixtures(payload).section({ slug: unique('seksjon'), department: department.id })
    await publish('departments', department.id, 'nb', { slug: `${slug}-ny` })
    // Neither has an English slug of its own: the English addresses (bokmål slugs by fallback) moved too.
    expect(await entries()).toEqual({
      [`/nb/forskning/${slug}`]: `departments:${String(department.id)}`,
      [`/nb/forskning/${slug}/${String(section.slug)}`]: `sections:${String(section.id)}`,
      [`/en/research/${slug}`]: `departments:${String(department.id)}`,
      [`/en/research/${slug}/${String(section.slug)}`]: `sections:${String(section.id)}`,
    })
  })
})

describe('entries edited in the admin', () => {
  it('are refused when the address is not on the site', async () => {
    const project = await fixtures(payload).project()
    for (const from of ['https://example.org/x', 'forskning/x', '/de/forschung', '//evil.example']) {
      const response = await rest.call('POST', '/api/redirects', { token: accounts.editor.token, json: { from, to: { type: 'reference', reference: { relationTo: 'projects', value: project.id } } } })
      expect({ from, status: response.status }).toEqual({ from, status: 400 })
    }
  })

  it('are refused as a loop when the address is the page’s own', async () => {
    const project = await fixtures(payload).project({ slug: unique('egen') })
    const response = await rest.call('POST', '/api/redirects', {
      token: accounts.editor.token,
      json: { from: `/nb/forskning/prosjekter/${String(project.slug)}`, to: { type: 'reference', reference: { relationTo: 'projects', value: project.id } } },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/loop/)
  })

  it('collapse chains of custom addresses and refuse circles', async () => {
    await clear()
    const project = await fixtures(payload).project({ slug: unique('maal') })
    const create = (from: string, to: Record<string, unknown>) => rest.call('POST', '/api/redirects', { token: accounts.editor.token, json: { from, to } })
    expect((await create('/nb/forskning/prosjekter/b', { type: 'reference', reference: { relationTo: 'projects', value: project.id } })).status).toBe(201)
    // a → b, and b leads to the project: a leads to the project directly.
    expect((await create('/nb/forskning/prosjekter/a', { type: 'custom', url: '/nb/forskning/prosjekter/b' })).status).toBe(201)
    // x → y (custom), then y → x would be a circle.
    expect((await create('/nb/forskning/prosjekter/x', { type: 'custom', url: '/nb/forskning/prosjekter/y' })).status).toBe(201)
    const circle = await create('/nb/forskning/prosjekter/y', { type: 'custom', url: '/nb/forskning/prosjekter/x' })
    expect(circle.status).toBe(400)
    expect(JSON.stringify(circle.body)).toMatch(/loop/)
    // An entry to x's target redirects x's visitors straight on: y → b makes x → project.
    expect((await create('/nb/forskning/prosjekter/y', { type: 'custom', url: '/nb/forskning/prosjekter/b' })).status).toBe(201)
    expect(await entries()).toEqual({
      '/nb/forskning/prosjekter/a': `projects:${String(project.id)}`,
      '/nb/forskning/prosjekter/b': `projects:${String(project.id)}`,
      '/nb/forskning/prosjekter/x': `projects:${String(project.id)}`,
      '/nb/forskning/prosjekter/y': `projects:${String(project.id)}`,
    })
  })

  it('are read by anyone and changed by editors and admins only', async () => {
    expect((await rest.call('GET', '/api/redirects')).status).toBe(200)
    const project = await fixtures(payload).project()
    const json = { from: `/en/research/projects/${unique('old')}`, to: { type: 'reference', reference: { relationTo: 'projects', value: project.id } } }
    expect((await rest.call('POST', '/api/redirects', { token: accounts.contributor.token, json })).status).toBe(403)
    expect((await rest.call('POST', '/api/redirects', { json })).status).toBe(403)
    expect((await rest.call('POST', '/api/redirects', { token: accounts.admin.token, json })).status).toBe(201)
  })
})
