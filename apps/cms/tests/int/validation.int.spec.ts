import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { expectFieldError, validationErrors } from '../helpers/expectErrors'
import { type Doc, fixtures } from '../helpers/fixtures'

let booted: BootedPayload
let make: ReturnType<typeof fixtures>

beforeAll(async () => {
  booted = await bootPayload('validation')
  make = fixtures(booted.payload)
})
afterAll(async () => {
  await booted.shutdown()
})

/** The id of a document that existed and was deleted: valid in form on every adapter, but gone. */
async function deletedId(collection: string, create: () => Promise<Doc>): Promise<Doc['id']> {
  const doc = await create()
  await booted.payload.delete({ collection, id: doc.id, overrideAccess: true })
  return doc.id
}

describe('required fields', () => {
  it('names every missing required field', async () => {
    const errors = await validationErrors(() =>
      booted.payload.create({ collection: 'departments', data: {}, overrideAccess: true }),
    )
    const paths = errors.map((error) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['title', 'kind', 'slug']))
    for (const error of errors) expect(error.message.length).toBeGreaterThan(5)
  })

  it('requires the test of a screening programme and its target ages', async () => {
    const errors = await validationErrors(() =>
      booted.payload.create({ collection: 'screening-programmes', data: { title: 'Uten test', targetGroup: { sex: 'women' } }, overrideAccess: true }),
    )
    expect(errors.map((error) => error.path)).toEqual(expect.arrayContaining(['test', 'targetGroup.ageFrom', 'targetGroup.ageTo']))
  })

  it('requires a source for a key figure', async () => {
    const errors = await validationErrors(() => make.keyFigure({ source: null }))
    expect(errors.map((error) => error.path)).toEqual(expect.arrayContaining(['source']))
  })
})

describe('slugs', () => {
  it.each(['Store Bokstaver', 'med mellomrom', 'dobbel--bindestrek', '-kant-', 'ære'])('refuses the slug %j', async (slug) => {
    await expectFieldError(() => make.department({ slug }), 'slug', /is not a valid slug/)
  })

  it('refuses a slug already used in the same locale, also on update', async () => {
    await make.section({ slug: 'brukt-slug' })
    const other = await make.section()
    await expectFieldError(
      () => booted.payload.update({ collection: 'sections', id: other.id, data: { slug: 'brukt-slug' }, overrideAccess: true }),
      'slug',
      /already used by another document in this language/,
    )
  })
})

describe('numbers', () => {
  it('refuses a negative staffing count', async () => {
    await expectFieldError(() => make.section({ staffing: { seniorResearchers: -1 } }), 'staffing.seniorResearchers', /.+/)
  })

  it('refuses a negative key figure', async () => {
    await expectFieldError(() => make.keyFigure({ value: -5 }), 'value', /.+/)
  })

  it('refuses a negative biobank value', async () => {
    await expectFieldError(() => make.biobankFact({ valueNumber: -1 }), 'valueNumber', /cannot be negative/)
  })

  it('refuses a biobank fact with neither a number nor a text value', async () => {
    await expectFieldError(() => make.biobankFact({ valueNumber: null, valueText: '' }), 'valueNumber', /either a numeric value or a text value/)
  })

  it('refuses a negative funding amount, naming the row', async () => {
    await expectFieldError(() => make.project({ funding: [{ funder: 'Kreftforeningen', amount: -100 }] }), 'funding.0.amount', /cannot be negative/)
  })

  it('refuses a reference year outside 1900–2100', async () => {
    await expectFieldError(() => make.keyFigure({ referenceYear: 1850 }), 'referenceYear', /between 1900 and 2100/)
  })

  it('refuses an upper screening age below the lower age', async () => {
    await expectFieldError(
      () => make.screeningProgramme({ targetGroup: { sex: 'all', ageFrom: 55, ageTo: 50 } }),
      'targetGroup.ageTo',
      /cannot be below the lower age/,
    )
  })
})

describe('years, dates and registrations', () => {
  it('refuses an end year before the start year', async () => {
    await expectFieldError(() => make.project({ startYear: 2020, endYear: 2018 }), 'endYear', /cannot be before the start year/)
  })

  it('refuses a malformed NCT number', async () => {
    await expectFieldError(
      () => make.project({ registrations: [{ type: 'nct', identifier: 'NCT123' }] }),
      'registrations.0.identifier',
      /does not look like a NCT number/,
    )
  })

  it('accepts a REK number in its usual form', async () => {
    const project = await make.project({ registrations: [{ type: 'rek', identifier: '2017/366' }] })
    expect(project.registrations).toEqual([expect.objectContaining({ type: 'rek', identifier: '2017/366' })])
  })

  it('refuses an invalid as-of date', async () => {
    await expectFieldError(() => make.biobankFact({ asOfDate: 'not-a-date' }), 'asOfDate', /.+/)
  })

  it('ignores a last-updated date sent by the client: the server sets it when a change is published', async () => {
    const before = new Date().toISOString()
    const department = await make.department({ lastUpdated: '2024-13-45' })
    expect(String(department.lastUpdated) >= before).toBe(true)
  })
})

describe('URLs and emails', () => {
  it('refuses a link that is not a URL, naming the row', async () => {
    await expectFieldError(
      () => make.project({ links: [{ label: 'Ok', url: 'https://example.org/' }, { label: 'Feil', url: 'ikke en adresse' }] }),
      'links.1.url',
      /is not a valid URL/,
    )
  })

  it('refuses a source URL that is not http(s)', async () => {
    await expectFieldError(
      () => make.source({ title: 'FTP', url: 'ftp://example.org/data.csv' }),
      'url',
      /must start with http:\/\/ or https:\/\//,
    )
  })

  it('refuses an invalid URL in a page source list', async () => {
    await expectFieldError(() => make.department({ sources: [{ title: 'Kilde', url: 'www.uten-protokoll' }] }), 'sources.0.url', /not a valid URL/)
  })

  it('refuses a malformed work email', async () => {
    await expectFieldError(() => make.person({ email: 'kari.example.org' }), 'email', /is not a valid email address/)
  })

  it('refuses a malformed user email', async () => {
    await expectFieldError(() => make.user({ email: 'ikke-en-epost' }), 'email', /.+/)
  })
})

describe('choices and relationships', () => {
  it('refuses an option that does not exist', async () => {
    await expectFieldError(() => make.department({ kind: 'marketing' }), 'kind', /.+/)
  })

  it('requires a project to belong to a section or a screening programme', async () => {
    await expectFieldError(() => make.project({ sections: [] }), 'sections', /at least one section or to a screening programme/)
  })

  it('refuses a relationship to a document that does not exist', async () => {
    const goneDepartment = await deletedId('departments', () => make.department())
    await expectFieldError(() => make.section({ department: goneDepartment }), 'department', /related document does not exist/)
  })

  it('refuses a has-many relationship with one missing document, naming it', async () => {
    const existing = await make.person()
    const gone = await deletedId('people', () => make.person())
    const errors = await validationErrors(() => make.project({ participants: [existing.id, gone] }))
    expect(errors).toEqual([{ path: 'participants', message: expect.stringContaining(`${String(gone)} in "people"`) }])
  })

  it('refuses a polymorphic relationship to a missing document', async () => {
    const gone = await deletedId('sections', () => make.section())
    await expectFieldError(() => make.person({ unit: { relationTo: 'sections', value: gone } }), 'unit', /related document does not exist/)
  })

  it('refuses a relationship id of the wrong form', async () => {
    await expectFieldError(() => make.section({ department: 'not-an-id' }), 'department', /.+/)
  })
})

describe('drafts', () => {
  it('may be incomplete', async () => {
    const draft = (await booted.payload.create({ collection: 'projects', data: { title: 'Halvferdig' }, draft: true, overrideAccess: true })) as unknown as Doc
    expect(draft._status).toBe('draft')
  })

  it('still refuse a date that is not a date, and the document stays readable', async () => {
    const doc = await make.biobankFact()
    await expectFieldError(
      () => booted.payload.update({ collection: 'biobank-facts', id: doc.id, data: { asOfDate: '31.12.2023' }, draft: true, overrideAccess: true }),
      'asOfDate',
      /not a valid date/,
    )
    const reread = (await booted.payload.findByID({ collection: 'biobank-facts', id: doc.id, draft: true, overrideAccess: true })) as unknown as Doc
    expect(String(reread.asOfDate).slice(0, 10)).toBe('2024-01-01')
  })

  it('still refuse a relationship to a missing document, naming the row', async () => {
    const gone = await deletedId('people', () => make.person())
    await expectFieldError(
      () => booted.payload.create({ collection: 'departments', data: { title: 'Utkast', head: gone }, draft: true, overrideAccess: true }),
      'head',
      /related document does not exist/,
    )
  })
})

describe('several problems at once', () => {
  it('reports each invalid field with its own message', async () => {
    const errors = await validationErrors(() =>
      make.project({ slug: 'Ugyldig Slug', startYear: 2022, endYear: 2001, links: [{ label: 'x', url: 'nope' }] }),
    )
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'slug', message: expect.stringMatching(/not a valid slug/) },
        { path: 'endYear', message: expect.stringMatching(/cannot be before/) },
        { path: 'links.0.url', message: expect.stringMatching(/not a valid URL/) },
      ]),
    )
    expect(errors).toHaveLength(3)
  })
})
