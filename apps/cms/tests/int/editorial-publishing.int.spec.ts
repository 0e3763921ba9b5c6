import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { startRevalidationReceiver, type RevalidationReceiver } from '../helpers/editorial/revalidationReceiver'
import { type Accounts, signInEveryRole } from '../helpers/editorial/roles'
import { type Doc, type DocId, fixtures, pngImage, unique } from '../helpers/fixtures'
import { restClient } from '../helpers/restClient'

/**
 * Publishing reaches the site: changes readers can see queue a revalidation job; the
 * jobs queue (run here explicitly, as the app's cron runner does every second) POSTs the
 * affected cache tags, own and indirect, to a real HTTP receiver on 127.0.0.1 standing in
 * for the site, retrying failures. Scheduled publish/unpublish go live through the queue.
 */

const SECRET = 'editorial-publishing-test-revalidate-secret-0123456789'
let receiver: RevalidationReceiver
let booted: BootedPayload
let accounts: Accounts
let rest: Awaited<ReturnType<typeof restClient>>

beforeAll(async () => {
  receiver = await startRevalidationReceiver()
  process.env.WEB_URL = 'http://localhost:3401'
  process.env.WEB_INTERNAL_URL = receiver.url
  process.env.REVALIDATE_SECRET = SECRET
  booted = await bootPayload('editorial-publishing')
  accounts = await signInEveryRole(booted.payload)
  rest = await restClient()
  await drain()
})
afterAll(async () => {
  await booted.shutdown()
  await receiver.close()
})
beforeEach(() => {
  receiver.received.length = 0
})

const payload = () => booted.payload
const f = () => fixtures(booted.payload)

/** Runs the revalidation queue until no job is waiting (what the app's cron does every second). */
async function drain(): Promise<void> {
  await payload().jobs.run({ queue: 'revalidate', limit: 100 })
}

async function pendingRevalidations(): Promise<number> {
  const { totalDocs } = await payload().count({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: 'revalidate' } }, { completedAt: { exists: false } }] },
  })
  return totalDocs
}

/** Every tag the site was told about since the test began. */
const toldTags = (): string[] => receiver.received.flatMap((request) => (request.body as { tags: string[] }).tags)

async function publicTitle(collection: 'projects' | 'sections', id: DocId): Promise<string | null> {
  const { docs } = await payload().find({ collection, where: { id: { equals: id } }, locale: 'nb', overrideAccess: false, depth: 0 })
  return docs[0] ? String(docs[0].title) : null
}

describe('revalidation after publishing', () => {
  it('publishing a project tells the site its own tags and those of the pages that show it, with the shared secret', async () => {
    const section = await f().section()
    await drain()
    receiver.received.length = 0
    const response = await rest.call('POST', '/api/projects?depth=0', {
      json: { title: unique('Publiseres'), sections: [section.id], status: 'ongoing', _status: 'published' },
      token: accounts.editor.token,
    })
    expect(response.status).toBe(201)
    const project = (response.body as { doc: Doc }).doc
    expect(receiver.received).toHaveLength(0) // queued, not sent inside the request
    expect(await pendingRevalidations()).toBe(1)

    await drain()
    const request = await receiver.waitFor((r) => (r.body as { tags: string[] }).tags.includes(`doc:projects:${project.id}`))
    expect(request.headers['x-revalidate-secret']).toBe(SECRET)
    expect(request.headers.authorization).toBe(`Bearer ${SECRET}`)
    expect(request.headers['content-type']).toBe('application/json')
    expect((request.body as { tags: string[] }).tags).toEqual(
      expect.arrayContaining([`doc:projects:${project.id}`, 'collection:projects', `doc:sections:${section.id}`, 'collection:sections', 'collection:screening-programmes']),
    )
    expect(await pendingRevalidations()).toBe(0)
  })

  it('renaming a section refreshes its department page, the project index and project pages, search and the sitemap', async () => {
    const department = await f().department()
    const section = await f().section({ department: department.id })
    await drain()
    receiver.received.length = 0
    await payload().update({ collection: 'sections', id: section.id, data: { title: unique('Nytt navn') }, user: accounts.editor.user, overrideAccess: false })
    await drain()
    expect(toldTags()).toEqual(
      expect.arrayContaining([
        `doc:sections:${section.id}`,
        'collection:sections', // section lists: overview, sitemap, search
        `doc:departments:${department.id}`, // the department page lists its sections
        'collection:departments',
        'collection:projects', // project index and project pages name their sections
        'collection:people', // contact blocks name the person's unit
      ]),
    )
  })

  it('moving a project between sections refreshes both section pages', async () => {
    const [from, to] = [await f().section(), await f().section()]
    const project = await f().project({ sections: [from.id] })
    await drain()
    receiver.received.length = 0
    await payload().update({ collection: 'projects', id: project.id, data: { sections: [to.id] }, user: accounts.editor.user, overrideAccess: false })
    await drain()
    expect(toldTags()).toEqual(expect.arrayContaining([`doc:sections:${from.id}`, `doc:sections:${to.id}`]))
  })

  it('unpublishing and deleting tell the site too', async () => {
    const project = await f().project()
    await drain()
    receiver.received.length = 0
    await payload().update({ collection: 'projects', id: project.id, data: { _status: 'draft' }, user: accounts.editor.user, overrideAccess: false })
    await drain()
    expect(toldTags()).toContain(`doc:projects:${project.id}`)
    receiver.received.length = 0
    await payload().delete({ collection: 'projects', id: project.id, user: accounts.editor.user, overrideAccess: false })
    await drain()
    expect(toldTags()).toContain(`doc:projects:${project.id}`)
  })

  it('a draft save (autosave included) changes nothing public and tells the site nothing', async () => {
    const project = await f().project()
    await drain()
    receiver.received.length = 0
    const autosave = await rest.call('PATCH', `/api/projects/${project.id}?draft=true&autosave=true&depth=0`, {
      json: { title: unique('Skriver'), _status: 'draft' },
      token: accounts.contributor.token,
    })
    expect(autosave.status).toBe(200)
    expect(await pendingRevalidations()).toBe(0)
    await drain()
    expect(receiver.received).toHaveLength(0)
  })

  it('skips revalidation when the context says so (seeding, imports)', async () => {
    const section = await f().section()
    await drain()
    receiver.received.length = 0
    await payload().update({ collection: 'sections', id: section.id, data: { title: unique('Stille') }, context: { disableRevalidate: true } })
    expect(await pendingRevalidations()).toBe(0)
  })

  it('globals and media refresh the site as well', async () => {
    await payload().updateGlobal({ slug: 'navigation', data: { items: [] }, user: accounts.editor.user, overrideAccess: false })
    await drain()
    expect(toldTags()).toContain('global:navigation')
    receiver.received.length = 0
    const image = await pngImage(32, 32)
    await payload().create({
      collection: 'media',
      data: { altNb: 'Frysere', altEn: 'Freezers' },
      file: { data: image, mimetype: 'image/png', name: 'frysere.png', size: image.length },
      user: accounts.editor.user,
      overrideAccess: false,
    })
    await drain()
    expect(toldTags()).toContain('cms:all') // a file can appear on any page
  })

  it('retries a failed delivery with backoff, recording each error on the job, until the site takes it', async () => {
    const project = await f().project()
    await drain()
    receiver.received.length = 0
    receiver.failNext(2, 503)
    await payload().update({ collection: 'projects', id: project.id, data: { title: unique('Igjen') }, user: accounts.editor.user, overrideAccess: false })
    await drain()
    expect(receiver.received).toHaveLength(1)
    const { docs } = await payload().find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'revalidateSite' } }, { completedAt: { exists: false } }] }, limit: 1 })
    const job = docs[0] as unknown as { totalTried: number; waitUntil?: string; log?: { state: string; error?: unknown }[] }
    expect(job.totalTried).toBe(1)
    expect(JSON.stringify(job.log?.filter((entry) => entry.state === 'failed'))).toMatch(/503/)
    expect(new Date(String(job.waitUntil)).getTime()).toBeGreaterThan(Date.now()) // backing off, not hammering the site

    const started = Date.now()
    while (Date.now() - started < 15_000 && (await pendingRevalidations()) > 0) {
      await drain()
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(receiver.received).toHaveLength(3)
    const [first, second, third] = receiver.received.map((r) => r.at) as [number, number, number]
    expect(second - first).toBeGreaterThanOrEqual(900)
    expect(third - second).toBeGreaterThan(second - first) // exponential
    expect(await pendingRevalidations()).toBe(0)
  })
})

describe('scheduled publishing', () => {
  /** Exactly what the admin's "Schedule publish" does: a `schedulePublish` job, waiting until the time, run as the scheduler. */
  async function schedule(type: 'publish' | 'unpublish', id: DocId, userId: DocId, at: Date) {
    return payload().jobs.queue({
      task: 'schedulePublish',
      input: { type, doc: { relationTo: 'projects', value: String(id) }, user: { relationTo: 'users', value: userId } },
      waitUntil: at,
    })
  }

  it('publishes at the scheduled time, not before, and refreshes the site', async () => {
    const title = unique('Planlagt')
    const draft = await f().project({ title, _status: 'draft' }, { draft: true })
    await drain()
    receiver.received.length = 0
    const at = new Date(Date.now() + 1500)
    await schedule('publish', draft.id, accounts.editor.user.id, at)

    await payload().jobs.run({ queue: 'default' })
    expect(await publicTitle('projects', draft.id)).toBeNull()

    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 50))
    await payload().jobs.run({ queue: 'default' })
    expect(await publicTitle('projects', draft.id)).toBe(title)

    await drain()
    const request = await receiver.waitFor((r) => (r.body as { tags: string[] }).tags.includes(`doc:projects:${draft.id}`))
    expect(request.at).toBeGreaterThanOrEqual(at.getTime())
  })

  it('publishes on time even while another editor has the document open (locked)', async () => {
    const title = unique('Åpen')
    const draft = await f().project({ title, _status: 'draft' }, { draft: true })
    await payload().create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'projects', value: draft.id as number }, user: { relationTo: 'users', value: accounts.admin.user.id as number } },
      overrideAccess: true,
    })
    await schedule('publish', draft.id, accounts.editor.user.id, new Date(Date.now() - 1000))
    await payload().jobs.run({ queue: 'default' })
    expect(await publicTitle('projects', draft.id)).toBe(title)
  })

  it('unpublishes at the scheduled time', async () => {
    const project = await f().project()
    await schedule('unpublish', project.id, accounts.admin.user.id, new Date(Date.now() - 1000))
    await payload().jobs.run({ queue: 'default' })
    expect(await publicTitle('projects', project.id)).toBeNull()
    await drain()
    expect(toldTags()).toContain(`doc:projects:${project.id}`)
  })

  it('does not publish what a contributor scheduled: the job runs with the contributor’s rights and fails', async () => {
    const draft = await f().project({ title: unique('Bidrag'), _status: 'draft' }, { draft: true })
    await schedule('publish', draft.id, accounts.contributor.user.id, new Date(Date.now() - 1000))
    await payload().jobs.run({ queue: 'default' })
    expect(await publicTitle('projects', draft.id)).toBeNull()
    const { docs } = await payload().find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, sort: '-createdAt', limit: 1 })
    expect((docs[0] as unknown as { hasError?: boolean; log?: { state: string }[] }).log?.some((entry) => entry.state === 'failed')).toBe(true)
  })
})
