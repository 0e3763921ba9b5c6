import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { expectFieldError } from '../helpers/expectErrors'
import { type Doc, fixtures, unique } from '../helpers/fixtures'

let booted: BootedPayload
let make: ReturnType<typeof fixtures>

beforeAll(async () => {
  booted = await bootPayload('localization')
  make = fixtures(booted.payload)
})
afterAll(async () => {
  await booted.shutdown()
})

const read = async (collection: string, id: Doc['id'], locale: 'nb' | 'en' | 'all', fallbackLocale?: false) =>
  (await booted.payload.findByID({ collection, id, locale, fallbackLocale, overrideAccess: true })) as unknown as Doc

const translate = async (collection: string, id: Doc['id'], data: Record<string, unknown>) =>
  (await booted.payload.update({ collection, id, data, locale: 'en', overrideAccess: true })) as unknown as Doc

describe('localized content', () => {
  it('keeps bokmål and English values of the same document apart', async () => {
    const doc = await make.department({ title: 'Registeravdelingen', lead: 'Samler inn og kvalitetssikrer data.' })
    await translate('departments', doc.id, { title: 'Registry Department', lead: 'Collects and quality-assures data.' })

    expect(await read('departments', doc.id, 'nb')).toMatchObject({
      title: 'Registeravdelingen',
      slug: 'registeravdelingen',
      lead: 'Samler inn og kvalitetssikrer data.',
    })
    expect(await read('departments', doc.id, 'en')).toMatchObject({
      title: 'Registry Department',
      slug: 'registry-department',
      lead: 'Collects and quality-assures data.',
    })
    const all = await read('departments', doc.id, 'all')
    expect(all.title).toEqual({ nb: 'Registeravdelingen', en: 'Registry Department' })
    expect(all.slug).toEqual({ nb: 'registeravdelingen', en: 'registry-department' })
  })

  it('falls back to bokmål where the English value is missing', async () => {
    const doc = await make.section({ title: 'Seksjon for screeningbasert forskning', lead: 'Bare på bokmål.' })
    await translate('sections', doc.id, { title: 'Section for Screening-based Research' })

    const english = await read('sections', doc.id, 'en')
    expect(english.title).toBe('Section for Screening-based Research')
    expect(english.lead).toBe('Bare på bokmål.')

    const withoutFallback = await read('sections', doc.id, 'en', false)
    expect(withoutFallback.title).toBe('Section for Screening-based Research')
    expect(withoutFallback.lead ?? null).toBeNull()
  })

  it('falls back to bokmål for localized fields inside array rows', async () => {
    // Required localized fields must be filled in each locale that is saved, so a
    // document not yet translated shows its bokmål values (title and rows) in English.
    const doc = await make.department({ title: 'Tema på bokmål', researchThemes: [{ theme: 'Livsstil' }, { theme: 'Genetikk' }] })
    const english = await read('departments', doc.id, 'en')
    expect(english.title).toBe('Tema på bokmål')
    expect((english.researchThemes as { theme: string }[]).map((row) => row.theme)).toEqual(['Livsstil', 'Genetikk'])
  })

  it('requires an English title before English values can be saved', async () => {
    const doc = await make.department()
    await expectFieldError(() => translate('departments', doc.id, { lead: 'Only a lead, no title.' }), 'title', /.+/)
  })

  it('lists documents in the requested locale', async () => {
    const doc = await make.keyFigure({ title: 'Overlevelse etter fem år', value: 77, unit: 'prosent' })
    await translate('key-figures', doc.id, { title: 'Five-year survival', unit: 'per cent' })
    const where = { id: { equals: doc.id } }
    const nb = await booted.payload.find({ collection: 'key-figures', where, locale: 'nb', overrideAccess: true })
    const en = await booted.payload.find({ collection: 'key-figures', where, locale: 'en', overrideAccess: true })
    expect(nb.docs[0]).toMatchObject({ title: 'Overlevelse etter fem år', unit: 'prosent', value: 77 })
    expect(en.docs[0]).toMatchObject({ title: 'Five-year survival', unit: 'per cent', value: 77 })
  })

  it('finds a document by its slug in each locale', async () => {
    const doc = await make.project({ title: 'Kreft blant unge', slug: 'kreft-blant-unge' })
    await translate('projects', doc.id, { title: 'Cancer among the young', slug: 'cancer-among-the-young' })
    const bySlug = async (slug: string, locale: 'nb' | 'en') =>
      (await booted.payload.find({ collection: 'projects', where: { slug: { equals: slug } }, locale, overrideAccess: true })).docs.map(
        (each) => each.id,
      )
    expect(await bySlug('kreft-blant-unge', 'nb')).toEqual([doc.id])
    expect(await bySlug('cancer-among-the-young', 'en')).toEqual([doc.id])
    expect(await bySlug('cancer-among-the-young', 'nb')).toEqual([])
  })
})

describe('slugs per locale', () => {
  it('generates a URL-safe slug from a Norwegian title', async () => {
    const doc = await make.section({ title: `Kreft hos små barn – årsaker og følger ${unique('x')}` })
    expect(String(doc.slug)).toMatch(/^kreft-hos-sma-barn-arsaker-og-folger-x-[a-z0-9]+-\d+$/)
  })

  it('refuses a slug that another document already uses in the same locale', async () => {
    await make.department({ slug: 'felles-slug' })
    await expectFieldError(() => make.department({ slug: 'felles-slug' }), 'slug', /already used/)
  })

  it('allows the same slug in the other locale', async () => {
    await make.department({ slug: 'screening' })
    const other = await make.department({ slug: 'screening-avdeling' })
    const translated = await translate('departments', other.id, { title: 'Screening', slug: 'screening' })
    expect(translated.slug).toBe('screening')
    expect((await read('departments', other.id, 'nb')).slug).toBe('screening-avdeling')
  })

  it('refuses an English slug another document already uses in English', async () => {
    const first = await make.department()
    await translate('departments', first.id, { title: 'Research', slug: 'research' })
    const second = await make.department()
    await expectFieldError(() => translate('departments', second.id, { title: 'Research 2', slug: 'research' }), 'slug', /already used/)
  })

  it('lets a document keep its own slug when it is saved again', async () => {
    const doc = await make.person({ name: 'Ola Nordmann', slug: 'ola-nordmann' })
    const saved = (await booted.payload.update({
      collection: 'people',
      id: doc.id,
      data: { slug: 'ola-nordmann', phone: '12345678' },
      overrideAccess: true,
    })) as unknown as Doc
    expect(saved.slug).toBe('ola-nordmann')
  })
})
