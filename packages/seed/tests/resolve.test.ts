import { describe, expect, it } from '@jest/globals'

import { day, polyRef, ref, resolveForLocale, type SeedReference, t } from '../src'

describe('resolveForLocale', () => {
  const ids: Record<string, number> = { 'people:person-a': 7, 'sections:section-b': 9 }
  const lookup = (collection: string, seedKey: string) => ids[`${collection}:${seedKey}`]

  it('picks the locale of bilingual values at any depth and replaces references with ids', () => {
    const value = {
      title: t('Tittel', 'Title'),
      head: ref('people', 'person-a'),
      unit: polyRef('sections', 'section-b'),
      rows: [{ label: t('a', 'b'), kind: 'x' }],
    }
    expect(resolveForLocale(value, 'nb', { lookup })).toEqual({
      title: 'Tittel',
      head: 7,
      unit: { relationTo: 'sections', value: 9 },
      rows: [{ label: 'a', kind: 'x' }],
    })
    expect(resolveForLocale(value, 'en', { lookup })).toMatchObject({ title: 'Title', rows: [{ label: 'b', kind: 'x' }] })
  })

  it('leaves out references to missing documents and reports them', () => {
    const missing: SeedReference[] = []
    const value = { head: ref('people', 'gone'), contacts: [ref('people', 'person-a'), ref('people', 'gone')] }
    expect(resolveForLocale(value, 'nb', { lookup, onMissing: (reference) => missing.push(reference) })).toEqual({ contacts: [7] })
    expect(missing.map((reference) => reference.seedKey)).toEqual(['gone', 'gone'])
  })
})

describe('day', () => {
  it('stores a calendar day at noon UTC and refuses impossible days', () => {
    expect(day('2020-11-16')).toBe('2020-11-16T12:00:00.000Z')
    expect(() => day('2023-02-30')).toThrow('Invalid day')
    expect(() => day('16.11.2020')).toThrow('YYYY-MM-DD')
  })
})
