import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { errorStatus } from '../helpers/expectErrors'
import { type Doc, fixtures } from '../helpers/fixtures'

let booted: BootedPayload
let make: ReturnType<typeof fixtures>

beforeAll(async () => {
  booted = await bootPayload('crud')
  make = fixtures(booted.payload)
})
afterAll(async () => {
  await booted.shutdown()
})

type CrudCase = {
  collection: string
  create: () => Promise<Doc>
  /** A field the test changes, with the new value and how to read it back. */
  update: { data: Record<string, unknown>; read: (doc: Doc) => unknown; expected: unknown }
  /** Values the created document must have. */
  created: (doc: Doc) => void
}

const cases: CrudCase[] = [
  {
    collection: 'departments',
    create: () => make.department({ title: 'Forskningsavdelingen', researchThemes: [{ theme: 'Årsaker til kreft' }] }),
    created: (doc) => {
      expect(doc).toMatchObject({ title: 'Forskningsavdelingen', slug: 'forskningsavdelingen', kind: 'research', _status: 'published' })
      expect(doc.researchThemes).toEqual([expect.objectContaining({ theme: 'Årsaker til kreft' })])
      expect(Number.isNaN(Date.parse(String(doc.lastUpdated)))).toBe(false)
    },
    update: { data: { kind: 'registry' }, read: (doc) => doc.kind, expected: 'registry' },
  },
  {
    collection: 'sections',
    create: async () => make.section({ title: 'Janus serumbank', staffing: { seniorResearchers: 3, earlyCareerResearchers: 2 } }),
    created: (doc) => {
      expect(doc).toMatchObject({ title: 'Janus serumbank', slug: 'janus-serumbank', staffing: { seniorResearchers: 3, earlyCareerResearchers: 2 } })
      expect(doc.department).toBeTruthy()
    },
    update: { data: { order: 4 }, read: (doc) => doc.order, expected: 4 },
  },
  {
    collection: 'projects',
    create: async () =>
      make.project({
        title: 'Livsstil og kreft',
        acronym: 'LOK',
        status: 'ongoing',
        startYear: 2019,
        endYear: 2026,
        funding: [{ funder: 'Norges forskningsråd', amount: 12000000, currency: 'NOK' }],
        registrations: [{ type: 'nct', identifier: 'NCT03873376' }],
        links: [{ label: 'Prosjektside', url: 'https://www.kreftregisteret.no/' }],
      }),
    created: (doc) => {
      expect(doc).toMatchObject({ title: 'Livsstil og kreft', acronym: 'LOK', status: 'ongoing', startYear: 2019, endYear: 2026 })
      expect(doc.funding).toEqual([expect.objectContaining({ funder: 'Norges forskningsråd', amount: 12000000, currency: 'NOK' })])
      expect(doc.registrations).toEqual([expect.objectContaining({ type: 'nct', identifier: 'NCT03873376' })])
      expect(Array.isArray(doc.sections) && doc.sections.length).toBe(1)
    },
    update: { data: { status: 'completed' }, read: (doc) => doc.status, expected: 'completed' },
  },
  {
    collection: 'biobank-facts',
    create: async () => make.biobankFact({ title: 'Givere', valueNumber: 318628, asOfDate: '2023-12-31', series: 'donors' }),
    created: (doc) => {
      expect(doc).toMatchObject({ title: 'Givere', valueNumber: 318628, series: 'donors', dateKind: 'describes', attribution: 'stated' })
      expect(doc.source).toEqual(expect.anything())
      expect(String(doc.asOfDate).slice(0, 10)).toBe('2023-12-31')
    },
    update: { data: { valueNumber: 318629 }, read: (doc) => doc.valueNumber, expected: 318629 },
  },
  {
    collection: 'screening-programmes',
    create: () => make.screeningProgramme({ title: 'Mammografiprogrammet' }),
    created: (doc) => {
      expect(doc).toMatchObject({ title: 'Mammografiprogrammet', targetGroup: { sex: 'women', ageFrom: 50, ageTo: 69 }, test: 'Mammografi' })
    },
    update: { data: { intervalYears: 3 }, read: (doc) => doc.intervalYears, expected: 3 },
  },
  {
    collection: 'people',
    create: () => make.person({ name: 'Giske Ursin', title: 'Direktør', email: 'giske@example.org' }),
    created: (doc) => {
      expect(doc).toMatchObject({ name: 'Giske Ursin', title: 'Direktør', slug: 'giske-ursin', email: 'giske@example.org' })
    },
    update: { data: { phone: '+47 22 45 13 00' }, read: (doc) => doc.phone, expected: '+47 22 45 13 00' },
  },
  {
    collection: 'key-figures',
    create: () => make.keyFigure({ title: 'Nye krefttilfeller 2023', value: 38000, referenceYear: 2023 }),
    created: (doc) => {
      expect(doc).toMatchObject({ title: 'Nye krefttilfeller 2023', value: 38000, referenceYear: 2023, sex: 'all' })
    },
    update: { data: { value: 38123 }, read: (doc) => doc.value, expected: 38123 },
  },
  {
    collection: 'users',
    create: () => make.user({ name: 'Redaktør Test' }),
    created: (doc) => {
      expect(doc).toMatchObject({ name: 'Redaktør Test' })
      expect(String(doc.email)).toMatch(/@example\.org$/)
      // The password is stored hashed and never returned.
      expect(doc.password).toBeUndefined()
      expect(doc.hash).toBeUndefined()
    },
    update: { data: { name: 'Endret Navn' }, read: (doc) => doc.name, expected: 'Endret Navn' },
  },
]

describe.each(cases)('$collection', ({ collection, create, created, update }) => {
  it('creates, reads, updates and deletes a document', async () => {
    const { payload } = booted
    const doc = await create()
    created(doc)

    const read = (await payload.findByID({ collection, id: doc.id, overrideAccess: true })) as unknown as Doc
    expect(read.id).toEqual(doc.id)
    created(read)

    const listed = await payload.find({ collection, where: { id: { equals: doc.id } }, overrideAccess: true })
    expect(listed.docs.map((each) => each.id)).toEqual([doc.id])

    const updated = (await payload.update({ collection, id: doc.id, data: update.data, overrideAccess: true })) as unknown as Doc
    expect(update.read(updated)).toEqual(update.expected)
    const reread = (await payload.findByID({ collection, id: doc.id, overrideAccess: true })) as unknown as Doc
    expect(update.read(reread)).toEqual(update.expected)

    const before = await payload.count({ collection, overrideAccess: true })
    await payload.delete({ collection, id: doc.id, overrideAccess: true })
    expect(await errorStatus(() => payload.findByID({ collection, id: doc.id, overrideAccess: true }))).toBe(404)
    expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(before.totalDocs - 1)
  })
})

describe('relationships', () => {
  it('joins sections to their department and projects to their sections', async () => {
    const department = await make.department()
    const section = await make.section({ department: department.id })
    const project = await make.project({ sections: [section.id] })

    const withJoins = (await booted.payload.findByID({ collection: 'departments', id: department.id, depth: 1, overrideAccess: true })) as unknown as Doc
    const joinedSections = (withJoins.sections as { docs: Doc[] }).docs.map((doc) => doc.id)
    expect(joinedSections).toEqual([section.id])

    const sectionWithProjects = (await booted.payload.findByID({ collection: 'sections', id: section.id, depth: 1, overrideAccess: true })) as unknown as Doc
    expect((sectionWithProjects.projects as { docs: Doc[] }).docs.map((doc) => doc.id)).toEqual([project.id])
  })

  it('lets a project belong to a screening programme instead of a section', async () => {
    const programme = await make.screeningProgramme()
    const project = await make.project({ sections: [], screeningProgramme: programme.id })
    const populated = (await booted.payload.findByID({ collection: 'projects', id: project.id, depth: 1, overrideAccess: true })) as unknown as Doc
    expect((populated.screeningProgramme as Doc).id).toEqual(programme.id)
  })

  it('populates a person with a polymorphic unit and project participants', async () => {
    const section = await make.section()
    const person = await make.person({ unit: { relationTo: 'sections', value: section.id } })
    const project = await make.project({ projectManager: person.id, participants: [person.id] })
    const populated = (await booted.payload.findByID({ collection: 'projects', id: project.id, depth: 2, overrideAccess: true })) as unknown as Doc
    const manager = populated.projectManager as Doc
    expect(manager.id).toEqual(person.id)
    expect((manager.unit as { relationTo: string; value: Doc }).value.id).toEqual(section.id)
    expect((populated.participants as Doc[]).map((doc) => doc.id)).toEqual([person.id])
  })
})
