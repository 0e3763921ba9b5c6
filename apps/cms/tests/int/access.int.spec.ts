import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { TypedUser } from 'payload'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { errorStatus } from '../helpers/expectErrors'
import { type Doc, fixtures } from '../helpers/fixtures'

let booted: BootedPayload
let make: ReturnType<typeof fixtures>
let editor: TypedUser

/** Every public content collection, with a way to make one published document. */
const contentCollections: [string, () => Promise<Doc>][] = [
  ['departments', () => make.department()],
  ['sections', () => make.section()],
  ['projects', () => make.project()],
  ['biobank-facts', () => make.biobankFact()],
  ['screening-programmes', () => make.screeningProgramme()],
  ['people', () => make.person()],
  ['key-figures', () => make.keyFigure()],
]

beforeAll(async () => {
  booted = await bootPayload('access')
  make = fixtures(booted.payload)
  const user = await make.user({ name: 'Signed-in Editor' })
  editor = { ...(user as object), collection: 'users' } as TypedUser
})
afterAll(async () => {
  await booted.shutdown()
})

/** Reads as an anonymous visitor: no user, access rules applied. */
const anonymous = { overrideAccess: false } as const

describe.each(contentCollections)('anonymous readers of %s', (collection, createPublished) => {
  it('see published documents and never drafts', async () => {
    const published = await createPublished()
    const draft = await booted.payload.update({ collection, id: (await createPublished()).id, data: { _status: 'draft' }, overrideAccess: true })

    const visible = await booted.payload.find({ collection, ...anonymous, limit: 0, pagination: false })
    const ids = visible.docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    expect(visible.docs.every((doc) => doc._status === 'published')).toBe(true)

    expect(await errorStatus(() => booted.payload.findByID({ collection, id: draft.id, ...anonymous }))).toBe(404)
    const count = await booted.payload.count({ collection, where: { id: { equals: draft.id } }, ...anonymous })
    expect(count.totalDocs).toBe(0)
  })

  it('cannot create, update or delete', async () => {
    const doc = await createPublished()
    expect(await errorStatus(() => booted.payload.create({ collection, data: { title: 'Anonym' }, ...anonymous }))).toBe(403)
    expect(await errorStatus(() => booted.payload.update({ collection, id: doc.id, data: { title: 'Endret' }, ...anonymous }))).toBe(403)
    expect(await errorStatus(() => booted.payload.delete({ collection, id: doc.id, ...anonymous }))).toBe(403)
    const unchanged = (await booted.payload.findByID({ collection, id: doc.id, overrideAccess: true })) as unknown as Doc
    expect(unchanged.title).toEqual(doc.title)
  })
})

describe('drafts of published documents', () => {
  it('keeps a newer draft away from anonymous readers while editors see it', async () => {
    const doc = await make.department({ title: 'Publisert tittel' })
    await booted.payload.update({ collection: 'departments', id: doc.id, data: { title: 'Utkast til ny tittel' }, draft: true, overrideAccess: true })

    const publicView = (await booted.payload.findByID({ collection: 'departments', id: doc.id, ...anonymous })) as unknown as Doc
    expect(publicView.title).toBe('Publisert tittel')
    // Asking for the draft does not help an anonymous reader.
    const askedForDraft = (await booted.payload.findByID({ collection: 'departments', id: doc.id, draft: true, ...anonymous })) as unknown as Doc
    expect(askedForDraft.title).toBe('Publisert tittel')

    const editorView = (await booted.payload.findByID({ collection: 'departments', id: doc.id, draft: true, user: editor, overrideAccess: false })) as unknown as Doc
    expect(editorView.title).toBe('Utkast til ny tittel')
  })

  it('hides version history from anonymous readers', async () => {
    const doc = await make.project()
    expect(await errorStatus(() => booted.payload.findVersions({ collection: 'projects', where: { parent: { equals: doc.id } }, ...anonymous }))).toBe(403)
    const versions = await booted.payload.findVersions({ collection: 'projects', where: { parent: { equals: doc.id } }, user: editor, overrideAccess: false })
    expect(versions.totalDocs).toBeGreaterThan(0)
  })

  it('hides the internal seed key from anonymous readers', async () => {
    const doc = await make.department({ seedKey: `access-test-${Date.now()}` })
    const publicView = (await booted.payload.findByID({ collection: 'departments', id: doc.id, ...anonymous })) as unknown as Doc
    expect(publicView.seedKey).toBeUndefined()
    const editorView = (await booted.payload.findByID({ collection: 'departments', id: doc.id, user: editor, overrideAccess: false })) as unknown as Doc
    expect(editorView.seedKey).toBe(doc.seedKey)
  })
})

describe('users', () => {
  it('cannot be listed, read or counted anonymously', async () => {
    const user = await make.user()
    expect(await errorStatus(() => booted.payload.find({ collection: 'users', ...anonymous }))).toBe(403)
    expect(await errorStatus(() => booted.payload.findByID({ collection: 'users', id: user.id, ...anonymous }))).toBe(403)
    expect(await errorStatus(() => booted.payload.count({ collection: 'users', ...anonymous }))).toBe(403)
  })

  it('cannot be created anonymously', async () => {
    const status = await errorStatus(() =>
      booted.payload.create({ collection: 'users', data: { email: 'anonym@example.org', password: 'a-long-test-password' }, ...anonymous }),
    )
    expect(status).toBe(403)
  })
})

describe('signed-in users', () => {
  it('create, edit, publish and delete content', async () => {
    const asEditor = { user: editor, overrideAccess: false } as const
    const department = (await booted.payload.create({ collection: 'departments', data: { title: 'Ny avdeling', kind: 'research' }, draft: true, ...asEditor })) as unknown as Doc
    expect(department._status).toBe('draft')
    expect((await booted.payload.find({ collection: 'departments', where: { id: { equals: department.id } }, ...anonymous })).totalDocs).toBe(0)

    const published = (await booted.payload.update({ collection: 'departments', id: department.id, data: { _status: 'published' }, ...asEditor })) as unknown as Doc
    expect(published._status).toBe('published')
    expect((await booted.payload.find({ collection: 'departments', where: { id: { equals: department.id } }, ...anonymous })).totalDocs).toBe(1)

    const drafts = await booted.payload.find({ collection: 'departments', where: { _status: { equals: 'draft' } }, ...asEditor })
    expect(drafts.totalDocs).toBeGreaterThan(0)

    await booted.payload.delete({ collection: 'departments', id: department.id, ...asEditor })
    expect(await errorStatus(() => booted.payload.findByID({ collection: 'departments', id: department.id, ...asEditor }))).toBe(404)
  })

  it('can read the users collection', async () => {
    const users = await booted.payload.find({ collection: 'users', user: editor, overrideAccess: false })
    expect(users.totalDocs).toBeGreaterThan(0)
  })
})
