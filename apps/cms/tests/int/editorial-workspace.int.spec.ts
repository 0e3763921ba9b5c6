import { createHmac } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { renderToStaticMarkup } from 'react-dom/server'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type Accounts, signInEveryRole } from '../helpers/editorial/roles'
import { type DocId, fixtures, unique } from '../helpers/fixtures'
import { restClient } from '../helpers/restClient'

/**
 * The admin as a workplace: drafts with autosave, scheduling and history on every content
 * collection; document locking; Preview and Live Preview links to the site's draft route
 * (signed, carrying the editor's token, at the page's localized address); the jobs runner.
 */

const SECRET = 'editorial-workspace-test-revalidate-secret-0123456789'
let booted: BootedPayload
let accounts: Accounts
let rest: Awaited<ReturnType<typeof restClient>>

beforeAll(async () => {
  process.env.WEB_URL = 'http://127.0.0.1:3402'
  process.env.CMS_URL = 'http://127.0.0.1:3403'
  process.env.REVALIDATE_SECRET = SECRET
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
  const requestWithToken = (token: string) => ({ payload: booted.payload, headers: new Headers({ cookie: `payload-token=${token}` }) }) as unknown as PayloadRequest

  const parse = (url: string) => {
    const parsed = new URL(url)
    const path = parsed.searchParams.get('path') ?? ''
    const origin = parsed.searchParams.get('origin') ?? ''
    return {
      base: `${parsed.origin}${parsed.pathname}`,
      path,
      origin,
      token: parsed.searchParams.get('token'),
      signatureValid: parsed.searchParams.get('signature') === createHmac('sha256', SECRET).update(`preview\n${path}\n${origin}`).digest('hex'),
    }
  }

  it('point at the site’s draft route with the page’s localized address, the editor’s token and a valid signature', async () => {
    const department = await fixtures(booted.payload).department({ title: 'Forskningsavdelingen' })
    await booted.payload.update({ collection: 'departments', id: department.id, locale: 'en', data: { title: 'Research Department' }, overrideAccess: true })
    const section = await fixtures(booted.payload).section({ title: 'Janusbanken', department: department.id })
    await booted.payload.update({ collection: 'sections', id: section.id, locale: 'en', data: { title: 'Janus Serum Bank' }, overrideAccess: true })
    const preview = configOf('sections').admin.preview
    if (typeof preview !== 'function') throw new Error('no preview')
    const nb = parse(String(await preview(section, { locale: 'nb', req: requestWithToken(accounts.editor.token), token: accounts.editor.token })))
    expect(nb).toEqual({ base: 'http://127.0.0.1:3402/api/draft', path: '/nb/forskning/forskningsavdelingen/janusbanken', origin: 'http://127.0.0.1:3403', token: accounts.editor.token, signatureValid: true })

    const project = await fixtures(booted.payload).project({ title: 'EQUALSCREEN', sections: [section.id] })
    const projectPreview = configOf('projects').admin.preview
    if (typeof projectPreview !== 'function') throw new Error('no preview')
    const enProject = { ...project, slug: 'equalscreen' }
    expect(parse(String(await projectPreview(enProject, { locale: 'en', req: requestWithToken('t'), token: 't' }))).path).toBe('/en/research/projects/equalscreen')
  })

  it('live preview takes the editor’s token from the admin’s cookie', async () => {
    const url = booted.payload.config.admin.livePreview?.url
    if (typeof url !== 'function') throw new Error('no live preview url')
    const result = await url({
      collectionConfig: configOf('screening-programmes'),
      data: { slug: 'mammografiprogrammet', updatedAt: '2026-11-28T10:00:00.000Z' },
      locale: { code: 'nb', label: 'Bokmål' } as never,
      payload: booted.payload,
      req: requestWithToken(accounts.contributor.token),
    })
    expect(parse(String(result))).toMatchObject({ path: '/nb/screeningprogrammer/mammografiprogrammet', token: accounts.contributor.token, signatureValid: true })
    // Each saved version gets its own URL, so the admin reloads the preview after an autosave.
    expect(new URL(String(result)).searchParams.get('v')).toBe('2026-11-28T10:00:00.000Z')
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
