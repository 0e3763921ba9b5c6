import { describe, expect, it } from '@jest/globals'

import { plainText, Ref, type RichText, researchOverview, sources } from '../src'
import { documentsOf, inLocale, stringIn } from './helpers'

const titlesIn = (collection: Parameters<typeof documentsOf>[0]) => documentsOf(collection).map((document) => stringIn(document.data.title, 'en'))
const byKey = (collection: Parameters<typeof documentsOf>[0], seedKey: string) => {
  const document = documentsOf(collection).find((candidate) => candidate.seedKey === seedKey)
  if (!document) throw new Error(`No ${collection} document ${seedKey}`)
  return document.data
}

describe('seed content from the reference', () => {
  it('has every department and section of the original page', () => {
    expect(titlesIn('departments')).toEqual([
      'Research Department',
      'Registry Department',
      'Screening programmes',
      'Department of Register Informatics',
      'Administrative Department',
    ])
    expect(titlesIn('sections')).toEqual([
      'Section for Epidemiology and Prevention',
      'HPV-related research',
      'Integrative cancer genomics',
      'Janus Serum Bank',
      'Section for Analysis and Research',
    ])
  })

  it('has at least 15 projects, each owned by a section or a screening programme, with a valid status', () => {
    const projects = documentsOf('projects')
    expect(projects.length).toBeGreaterThanOrEqual(15)
    for (const { seedKey, data } of projects) {
      const owned = (Array.isArray(data.sections) && data.sections.length > 0) || data.screeningProgramme !== undefined
      expect({ seedKey, owned }).toEqual({ seedKey, owned: true })
      expect(['planned', 'ongoing', 'completed']).toContain(data.status)
    }
  })

  it('keeps NCT registrations and funding amounts exactly as the sources give them', () => {
    const registrations = documentsOf('projects').flatMap(({ data }) => (data.registrations as { type: string; identifier: string }[]) ?? [])
    const nct = registrations.filter((registration) => registration.type === 'nct').map((registration) => registration.identifier)
    expect(nct.sort()).toEqual(['NCT00543543', 'NCT02653118', 'NCT03873376'])
    const amounts = documentsOf('projects').flatMap(({ data }) =>
      ((data.funding as { amount?: number; currency?: string | null }[]) ?? []).filter((row) => row.amount !== undefined),
    )
    expect(amounts.map((row) => [row.amount, row.currency]).sort()).toEqual([
      [6_659_000, 'NOK'],
      [6_973_000, 'NOK'],
    ])
  })

  it('has the Janus Serum Bank facts with exact figures, dates and sources', () => {
    const facts = documentsOf('biobank-facts')
    const value = (seedKey: string) => byKey('biobank-facts', seedKey).valueNumber
    expect(value('janus-donors-total')).toBe(318_628)
    expect(value('janus-donors-men')).toBe(166_137)
    expect(value('janus-donors-women')).toBe(152_491)
    expect(value('janus-mean-age-at-entry')).toBe(41)
    expect(value('janus-counties')).toBe(17)
    expect(value('janus-vials')).toBe(674_386)
    expect(value('janus-blood-draws')).toBe(452_376)
    expect(stringIn(byKey('biobank-facts', 'janus-collection-period').valueText, 'en')).toBe('1972–2004')
    expect(stringIn(byKey('biobank-facts', 'janus-storage-temperature').valueText, 'en')).toBe('−25 °C')
    const series = facts
      .filter(({ data }) => data.series === 'cancer-cases-among-donors')
      .map(({ data }) => [String(data.asOfDate).slice(0, 10), data.valueNumber])
    expect(series).toEqual([
      ['2018-12-31', 101_738],
      ['2020-12-31', 107_366],
      ['2021-12-31', 112_939],
      ['2022-12-31', 118_405],
      ['2023-12-31', 123_719],
    ])
    for (const { data } of facts) {
      expect(data.source).toBeInstanceOf(Ref)
      expect(Number.isNaN(new Date(String(data.reviewBy)).getTime())).toBe(false)
      if (data.dateKind === 'not-stated') expect(data.asOfDate).toBeNull()
      else expect(Number.isNaN(new Date(String(data.asOfDate)).getTime())).toBe(false)
    }
  })

  it('has the three screening programmes, with the 1995/1996 start-year conflict stated', () => {
    const programmes = documentsOf('screening-programmes')
    expect(programmes.map(({ data }) => [stringIn(data.title, 'en'), data.startYear, data.nationwideYear])).toEqual([
      ['BreastScreen Norway', 1996, 2005],
      ['CervicalScreen Norway', 1995, 1995],
      ['ColorectalScreen Norway', 2022, 2024],
    ])
    const breastBody = plainText(inLocale(byKey('screening-programmes', 'screening-breast').body, 'en') as RichText)
    expect(breastBody).toContain('1995')
    expect(breastBody).toContain('1996')
  })

  it('has the key figure series with years and sources', () => {
    const newCases = documentsOf('key-figures')
      .filter(({ data }) => data.series === 'new-cases')
      .map(({ data }) => [data.referenceYear, data.value])
    expect(newCases).toEqual([
      [2007, 25_943],
      [2012, 30_099],
      [2014, 31_651],
      [2015, 32_592],
      [2017, 33_564],
      [2020, 35_515],
      [2021, 36_998],
      [2023, 38_094],
    ])
    const survival = documentsOf('key-figures')
      .filter(({ data }) => data.series === 'five-year-relative-survival')
      .map(({ data }) => [data.period, data.sex, data.value])
    expect(survival).toEqual([
      ['2017–2021', 'men', 77.1],
      ['2017–2021', 'women', 76.3],
      ['2019–2023', 'men', 77.6],
      ['2019–2023', 'women', 77.4],
    ])
  })

  it('lists people as contacts without invented email addresses', () => {
    const people = documentsOf('people')
    const names = people.map(({ data }) => data.name)
    for (const name of ['Mari Nygård', 'Hilde Langseth', 'Giske Ursin', 'Solveig Hofvind', 'Kristin Ranheim Randel', 'Kristina Kjærheim', 'Tom K. Grimsrud', 'Trine B. Rounge']) {
      expect(names).toContain(name)
    }
    expect(people.filter(({ data }) => data.email !== undefined)).toEqual([])
  })

  it('has the research overview with the three goals and its sources', () => {
    expect(researchOverview.data.goals).toHaveLength(3)
    expect((researchOverview.data.sources ?? []).map((source) => (source as { url: string }).url)).toEqual([
      sources.departmentsAndResearchers.url,
      sources.strategy.url,
    ])
  })
})
