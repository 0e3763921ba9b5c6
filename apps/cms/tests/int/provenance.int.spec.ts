import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type Accounts, signInEveryRole } from '../helpers/editorial/roles'
import { expectFieldError } from '../helpers/expectErrors'
import { type Doc, fixtures } from '../helpers/fixtures'
import { restClient } from '../helpers/restClient'

/**
 * Provenance of figures (fields/provenanceFields): a figure's date is the one it describes
 * or explicitly "not stated", a confirmed status names its source, and "Facts to review"
 * lists overdue, undated and unsourced figures, newest problem first.
 */
let booted: BootedPayload
let make: ReturnType<typeof fixtures>
let accounts: Accounts
let rest: Awaited<ReturnType<typeof restClient>>

beforeAll(async () => {
  booted = await bootPayload('provenance')
  make = fixtures(booted.payload)
  accounts = await signInEveryRole(booted.payload)
  rest = await restClient()
})
afterAll(async () => {
  await booted.shutdown()
})

const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString()

describe('dates of figures', () => {
  it('refuses a figure that describes a date without giving it', async () => {
    await expectFieldError(() => make.biobankFact({ dateKind: 'describes', asOfDate: null }), 'asOfDate', /Not stated in the source/)
  })

  it('stores no date for a figure whose source states none, whatever the form held', async () => {
    const fact = await make.biobankFact({ dateKind: 'not-stated', asOfDate: '2026-11-28' })
    expect(fact).toMatchObject({ dateKind: 'not-stated', asOfDate: null })
  })

  it('populates the cited source with its title and URL', async () => {
    const source = await make.source({ title: 'Janus-materialet', url: 'https://www.kreftregisteret.no/Forskning/Janus-serumbank/Janus-materialet/' })
    const fact = await make.biobankFact({ source: source.id })
    const read = (await booted.payload.findByID({ collection: 'biobank-facts', id: fact.id, depth: 1, overrideAccess: false })) as unknown as Doc
    expect(read.source).toMatchObject({ title: 'Janus-materialet', url: 'https://www.kreftregisteret.no/Forskning/Janus-serumbank/Janus-materialet/' })
  })
})

describe('confirmation of statuses', () => {
  it('refuses a confirmed status without the source that confirms it', async () => {
    await expectFieldError(() => make.project({ statusBasis: { confirmed: true } }), 'statusBasis.source', /needs the source/)
  })

  it('stores an unconfirmed status with its note, and a confirmed one with its source', async () => {
    const unconfirmed = await make.project({ statusBasis: { note: 'Oppført som pågående i 2019.' } })
    expect(unconfirmed.statusBasis).toMatchObject({ confirmed: false, note: 'Oppført som pågående i 2019.' })
    const source = await make.source()
    const confirmed = await make.project({ statusBasis: { confirmed: true, source: source.id } })
    expect(confirmed.statusBasis).toMatchObject({ confirmed: true, source: { id: source.id, url: 'https://www.kreftregisteret.no/' } })
  })
})

describe('Facts to review', () => {
  it('answers 401 to anonymous readers', async () => {
    expect((await rest.call('GET', '/api/facts-to-review')).status).toBe(401)
  })

  it('lists overdue, undated and unsourced figures, newest problem first, and leaves sound ones out', async () => {
    const sound = await make.keyFigure({ reviewBy: daysFromNow(300) })
    const longOverdue = await make.keyFigure({ reviewBy: daysFromNow(-300) })
    const recentlyOverdue = await make.biobankFact({ reviewBy: daysFromNow(-2) })
    const undated = await make.biobankFact({ dateKind: 'not-stated', reviewBy: daysFromNow(300) })
    // An unsourced figure can only be a draft: publishing requires the source.
    const unsourced = await make.keyFigure({ source: null, reviewBy: daysFromNow(300), _status: 'draft' }, { draft: true })
    const programme = await make.screeningProgramme({ figures: { source: (await make.source()).id, dateKind: 'describes', asOfDate: '2024-01-01', reviewBy: daysFromNow(-30) } })

    const response = await rest.call('GET', '/api/facts-to-review', { token: accounts.contributor.token })
    expect(response.status).toBe(200)
    const docs = (response.body as { docs: { collection: string; id: unknown; problems: string[]; problemSince: string }[] }).docs
    const find = (collection: string, doc: Doc) => docs.find((entry) => entry.collection === collection && entry.id === doc.id)

    expect(find('key-figures', sound)).toBeUndefined()
    expect(find('key-figures', longOverdue)?.problems).toEqual(['overdue'])
    expect(find('biobank-facts', recentlyOverdue)?.problems).toEqual(['overdue'])
    expect(find('biobank-facts', undated)?.problems).toEqual(['undated'])
    expect(find('key-figures', unsourced)?.problems).toEqual(['unsourced'])
    expect(find('screening-programmes', programme)?.problems).toEqual(['overdue'])

    const order = docs.map((entry) => entry.problemSince)
    expect(order).toEqual([...order].sort().reverse())
    const position = (collection: string, doc: Doc) => docs.findIndex((entry) => entry.collection === collection && entry.id === doc.id)
    expect(position('biobank-facts', recentlyOverdue)).toBeLessThan(position('screening-programmes', programme))
    expect(position('screening-programmes', programme)).toBeLessThan(position('key-figures', longOverdue))
  })
})
