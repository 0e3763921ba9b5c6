import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type Doc, fixtures, unique } from '../helpers/fixtures'

/**
 * `completeLocales` (fields/translationStatusField): the languages in which every required,
 * localized field is written, shown as a list column in the admin and used by the site
 * for hreflang and the sitemap.
 */
let booted: BootedPayload
let make: ReturnType<typeof fixtures>

beforeAll(async () => {
  booted = await bootPayload('translation-status')
  make = fixtures(booted.payload)
})
afterAll(async () => {
  await booted.shutdown()
})

const update = async (id: Doc['id'], locale: 'nb' | 'en', data: Record<string, unknown>, draft = false) =>
  (await booted.payload.update({ collection: 'departments', id, locale, data, draft, overrideAccess: true })) as unknown as Doc

describe('complete languages', () => {
  it('counts bokmål only until the English version is written, then both', async () => {
    const department = await make.department({ title: unique('Forskningsavdelingen') })
    expect(department.completeLocales).toEqual(['nb'])

    // Only the lead in English (a draft: a published English version needs its title): the
    // title still falls back to bokmål, so English is not complete.
    const partly = await update(department.id, 'en', { lead: 'An English lead.', _status: 'draft' }, true)
    expect(partly.completeLocales).toEqual(['nb'])

    const english = await update(department.id, 'en', { title: unique('Research Department'), slug: unique('research-department').toLowerCase(), _status: 'published' })
    expect(english.completeLocales).toEqual(['nb', 'en'])

    // An edit in bokmål keeps the English state.
    const edited = await update(department.id, 'nb', { lead: 'Ny ingress.' })
    expect(edited.completeLocales).toEqual(['nb', 'en'])
  })

  it('reads every language from a write in all languages at once (locale "all", as seed:large writes)', async () => {
    const both = (await booted.payload.create({
      collection: 'departments',
      locale: 'all',
      data: { title: { nb: unique('Avdeling'), en: unique('Department') }, slug: { nb: unique('avdeling').toLowerCase(), en: unique('department').toLowerCase() }, kind: 'research', _status: 'published' } as never,
      overrideAccess: true,
    })) as unknown as Doc
    expect(both.completeLocales).toEqual(['nb', 'en'])
    const bokmalOnly = (await booted.payload.create({
      collection: 'departments',
      locale: 'all',
      data: { title: { nb: unique('Avdeling') }, slug: { nb: unique('avdeling').toLowerCase() }, kind: 'research', _status: 'published' } as never,
      overrideAccess: true,
    })) as unknown as Doc
    expect(bokmalOnly.completeLocales).toEqual(['nb'])
  })

  it('is not set by the client', async () => {
    const department = await make.department({ title: unique('Avdeling'), completeLocales: ['nb', 'en'] })
    expect(department.completeLocales).toEqual(['nb'])
  })

  it('is a column of the admin list', () => {
    const config = booted.payload.collections.projects?.config
    expect(config?.admin.defaultColumns).toContain('completeLocales')
  })
})
