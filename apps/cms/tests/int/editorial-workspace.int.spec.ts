import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { createPreviewToken, PREVIEW_TOKEN_TTL_SECONDS, verifyPreviewToken } from '@crn/site-contract/preview-token'
import { renderToStaticMarkup } from 'react-dom/server'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type Accounts, signInEveryRole } from '../helpers/editorial/roles'
import { type DocId, fixtures, unique } from '../helpers/fixtures'
import { restClient } from '../helpers/restClient'

/**
 * The admin as a workplace: drafts with autosave, scheduling and history on every content
 * collection; document locking; Preview and Live Preview links to the site's draft route
 * (a signed, short-lived preview token for the page's localized address; never the editor's
 * session) and what such a token may do at the API; the jobs runner.
 */

const SECRET = 'editorial-workspace-test-revalidate-secret-0123456789'
const PREVIEW_SECRET = 'editorial-workspace-test-preview-secret-0123456789'
let booted: BootedPayload
let accounts: Accounts
let rest: Awaited<ReturnType<typeof restClient>>

beforeAll(async () => {
  process.env.WEB_URL = 'http://127.0.0.1:3402'
  process.env.CMS_URL = 'http://127.0.0.1:3403'
  process.env.REVALIDATE_SECRET = SECRET
  process.env.PREVIEW_SECRET = PREVIEW_SECRET
  booted = await bootPayload('editorial-workspace')
  accounts = await signInEveryRole(booted.payload)
  rest = await restClient()
})
afterAll(async () => {
  await booted.shutdown()
})

const CONTENT = ['departments', 'sections', 'projects', 'biobank-facts', 'screening-programmes', 'people', 'key-figures'] as const
const configOf = (slug: string): SanitizedCollectionConfig => {
  const collection = booted.payload.collections[slug as 'projects']
  if (!collection) throw new Error(`no collection ${slug}`)
  return collection.config
}

describe('content collections', () => {
  it.each(CONTENT)('%s: drafts with autosave, scheduled publishing, bounded history, locking, preview', (slug) => {
    const config = configOf(slug)
    expect(config.versions).toMatchObject({ maxPerDoc: 50, drafts: { autosave: { interval: 1000 }, schedulePublish: expect.anything() } })
    expect(config.lockDocuments).toEqual({ duration: 300 })
    expect(typeof config.admin.preview).toBe('function')
    expect(config.admin.defaultColumns).toEqual(expect.arrayContaining(['updatedAt', 'updatedBy', '_status']))
  })

  it('has live preview with mobile, tablet and desktop sizes for every content collection', () => {
    const livePreview = booted.payload.config.admin.livePreview
    expect(livePreview?.breakpoints?.map((breakpoint) => breakpoint.name)).toEqual(['mobile', 'tablet', 'desktop'])
    expect(livePreview?.collections).toEqual(expect.arrayContaining([...CONTENT]))
  })

  it('runs the jobs runner with the app: revalidations every second, scheduled publishing every 5 s', () => {
    const autoRun = booted.payload.config.jobs.autoRun
    expect(Array.isArray(autoRun) ? autoRun : []).toEqual(
      expect.arrayContaining([expect.objectContaining({ cron: '* * * * * *', queue: 'revalidate' }), expect.objectContaining({ cron: '*/5 * * * * *', queue: 'default' })]),
    )
    expect(booted.payload.config.jobs.tasks?.map((task) => task.slug)).toEqual(expect.arrayContaining(['revalidateSite', 'schedulePublish']))
  })
})

describe('preview links', () => {
  const requestAs = (user: unknown) => ({ payload: booted.payload, user, headers: new Headers() }) as unknown as PayloadRequest
  const now = () => Math.floor(Date.now() / 1000)

  /** The link's parts, the token checked with the preview secret the site also holds. */
  const parse = (url: string) => {
    const parsed = new URL(url)
    const token = parsed.searchParams.get('token') ?? ''
    const check = verifyPreviewToken(PREVIEW_SECRET, token)
    if (!check.valid) throw new Error(`preview token refused: ${check.reason}`)
    return { base: `${parsed.origin}${parsed.pathname}`, params: [...parsed.searchParams.keys()].sort(), token, claims: check.claims }
  }

  it('point at the site’s draft route with a signed, short-lived token naming the document, locale and page — never the editor’s session', async () => {
    const department = await fixtures(booted.payload).department({ title: 'Forskningsavdelingen' })
    await booted.payload.update({ collection: 'departments', id: department.id, locale: 'en', data: { title: 'Research Department' }, overrideAccess: true })
    const section = await fixtures(booted.payload).section({ title: 'Janusbanken', department: department.id })
    await booted.payload.update({ collection: 'sections', id: section.id, locale: 'en', data: { title: 'Janus Serum Bank' }, overrideAccess: true })
    const preview = configOf('sections').admin.preview
    if (typeof preview !== 'function') throw new Error('no preview')
    const url = String(await preview(section, { locale: 'nb', req: requestAs(accounts.editor.user), token: accounts.editor.token }))
    const nb = parse(url)
    expect(nb).toMatchObject({
      base: 'http://127.0.0.1:3402/api/draft',
      params: ['token'],
      claims: { document: `sections/${String(section.id)}`, locale: 'nb', path: '/nb/forskning/forskningsavdelingen/janusbanken', origin: 'http://127.0.0.1:3403' },
    })
    expect(nb.claims.exp - now()).toBeGreaterThan(PREVIEW_TOKEN_TTL_SECONDS - 60)
    expect(nb.claims.exp - now()).toBeLessThanOrEqual(PREVIEW_TOKEN_TTL_SECONDS)
    expect(url).not.toContain(accounts.editor.token)

    const project = await fixtures(booted.payload).project({ title: 'EQUALSCREEN', sections: [section.id] })
    const projectPreview = configOf('projects').admin.preview
    if (typeof projectPreview !== 'function') throw new Error('no preview')
    const enProject = { ...project, slug: 'equalscreen' }
    const en = parse(String(await projectPreview(enProject, { locale: 'en', req: requestAs(accounts.contributor.user), token: 't' })))
    expect(en.claims).toMatchObject({ document: `projects/${String(project.id)}`, locale: 'en', path: '/en/research/projects/equalscreen' })
  })

  it('are signed with PREVIEW_SECRET, not REVALIDATE_SECRET', async () => {
    const preview = configOf('projects').admin.preview
    if (typeof preview !== 'function') throw new Error('no preview')
    const { token } = parse(String(await preview({ id: 'x', slug: 'a' }, { locale: 'nb', req: requestAs(accounts.editor.user), token: '' })))
    expect(verifyPreviewToken(SECRET, token)).toEqual({ valid: false, reason: 'bad-signature' })
  })

  it('are minted for signed-in editorial accounts only (Payload answers /api/<collection>/<id>/preview to anyone who may read)', async () => {
    const preview = configOf('projects').admin.preview
    if (typeof preview !== 'function') throw new Error('no preview')
    expect(await preview({ id: 'x', slug: 'a' }, { locale: 'nb', req: requestAs(null), token: '' })).toBeNull()
    const url = booted.payload.config.admin.livePreview?.url
    if (typeof url !== 'function') throw new Error('no live preview url')
    const anonymous = await url({ collectionConfig: configOf('projects'), data: { slug: 'a' }, locale: { code: 'en', label: 'English' } as never, payload: booted.payload, req: requestAs(null) })
    expect(anonymous).toBe('http://127.0.0.1:3402/en/research/projects/a')
  })

  it('live preview gets a fresh token for each saved version', async () => {
    const url = booted.payload.config.admin.livePreview?.url
    if (typeof url !== 'function') throw new Error('no live preview url')
    const result = await url({
      collectionConfig: configOf('screening-programmes'),
      data: { id: 'programme-id', slug: 'mammografiprogrammet', updatedAt: '2026-11-28T10:00:00.000Z' },
      locale: { code: 'nb', label: 'Bokmål' } as never,
      payload: booted.payload,
      req: requestAs(accounts.contributor.user),
    })
    const parsed = parse(String(result))
    expect(parsed.claims).toMatchObject({ document: 'screening-programmes/programme-id', path: '/nb/screeningprogrammer/mammografiprogrammet' })
    expect(parsed.params).toEqual(['token', 'v'])
    // Each saved version gets its own URL, so the admin reloads the preview after an autosave.
    expect(new URL(String(result)).searchParams.get('v')).toBe('2026-11-28T10:00:00.000Z')
  })
})

describe('preview tokens at the API', () => {
  const tokenFor = (document: string, ttlSeconds?: number, secret = PREVIEW_SECRET) =>
    `CRN-Preview ${createPreviewToken(secret, { document, locale: 'nb', path: '/nb/forskning', origin: 'http://127.0.0.1:3403' }, Date.now(), ttlSeconds)}`

  it('read drafts over REST while valid, and nothing else', async () => {
    const draft = await fixtures(booted.payload).project({ title: unique('Forhåndsvist utkast'), _status: 'draft' }, { draft: true })
    const path = `/api/projects/${String(draft.id)}?draft=true&locale=nb&depth=0`
    const authorization = tokenFor(`projects/${String(draft.id)}`)
    expect((await rest.call('GET', path)).status).toBe(404)
    const read = await rest.call('GET', path, { authorization })
    expect(read).toMatchObject({ status: 200, body: { title: draft.title } })
    // Read-only: a leaked token cannot change or delete anything.
    expect((await rest.call('PATCH', `/api/projects/${String(draft.id)}?draft=true`, { authorization, json: { title: 'Endret' } })).status).toBe(403)
    expect((await rest.call('DELETE', `/api/projects/${String(draft.id)}`, { authorization })).status).toBe(403)
    expect((await rest.call('GET', '/api/users', { authorization })).status).toBe(403)
    // GraphQL does not take it.
    const graphql = await rest.graphql({ json: { query: `{ Project(id: "${String(draft.id)}", draft: true) { title } }` }, authorization } as never)
    expect(JSON.stringify(graphql.body)).not.toContain(String(draft.title))
  })

  it('are refused (401) when expired or signed with another secret', async () => {
    const draft = await fixtures(booted.payload).project({ title: unique('Utløpt'), _status: 'draft' }, { draft: true })
    const path = `/api/projects/${String(draft.id)}?draft=true&depth=0`
    expect((await rest.call('GET', path, { authorization: tokenFor('projects/x', -1) })).status).toBe(401)
    expect((await rest.call('GET', path, { authorization: tokenFor('projects/x', 600, SECRET) })).status).toBe(401)
  })
})

describe('dashboard', () => {
  it('links to the live site and to the most recently changed documents, drafts included', async () => {
    const draft = await fixtures(booted.payload).project({ title: unique('Ferskt utkast'), _status: 'draft' }, { draft: true })
    // Imported after boot: CMS modules read the environment the suite set up.
    const { EditorialDashboard } = await import('../../src/components/EditorialDashboard')
    const html = renderToStaticMarkup(await EditorialDashboard({ payload: booted.payload, user: accounts.contributor.user as never, i18n: { language: 'nb' } }))
    expect(html).toContain('href="http://127.0.0.1:3402/nb"')
    expect(html).toContain('href="http://127.0.0.1:3402/en"')
    expect(html).toContain(`href="/admin/collections/projects/${draft.id}"`)
    expect(html).toContain(String(draft.title))
    expect(html).toMatch(/Sist endret/)
  })
})

describe('document locking', () => {
  it('refuses a second editor’s save while the first holds the lock, and lets the holder save', async () => {
    const project = await fixtures(booted.payload).project({ title: unique('Låst') })
    // What the admin does when an editor opens the document.
    await booted.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'projects', value: project.id as number }, user: { relationTo: 'users', value: accounts.editor.user.id as number } },
      overrideAccess: true,
    })
    const blocked = await rest.call('PATCH', `/api/projects/${project.id}?draft=true&depth=0`, { json: { title: unique('Overskrevet') }, token: accounts.admin.token })
    expect(blocked.status).toBe(423)
    expect(JSON.stringify(blocked.body)).toMatch(/locked/i)
    const holder = await rest.call('PATCH', `/api/projects/${project.id}?draft=true&depth=0`, { json: { title: unique('Holder') }, token: accounts.editor.token })
    expect(holder.status).toBe(200)
    // Taking over is explicit.
    const takeover = await rest.call('PATCH', `/api/projects/${project.id}?draft=true&depth=0&overrideLock=true`, { json: { title: unique('Overtatt') }, token: accounts.admin.token })
    expect(takeover.status).toBe(200)
    expect(await lockCount(project.id)).toBe(0) // a save that overrides the lock releases it
  })
})

async function lockCount(id: DocId): Promise<number> {
  const { totalDocs } = await booted.payload.count({ collection: 'payload-locked-documents', where: { 'document.value': { equals: id } } })
  return totalDocs
}
