import { describe, expect, it } from '@jest/globals'

import { CONTENT_WRITTEN, plainText, type RichText, sourceKey } from '../src'
import { documentsOf, inLocale, stringIn } from './helpers'

/**
 * One test per finding of shared/reference/content-audit.md, so a regression in the seed
 * names the finding it reopens.
 */
const byKey = (collection: Parameters<typeof documentsOf>[0], seedKey: string) => {
  const document = documentsOf(collection).find((candidate) => candidate.seedKey === seedKey)
  if (!document) throw new Error(`No ${collection} document ${seedKey}`)
  return document.data
}
const sourceOf = (data: Record<string, unknown>) => (data.source as { seedKey: string }).seedKey
const text = (value: unknown, locale: 'nb' | 'en') => plainText(inLocale(value, locale) as RichText)
const allText = (locale: 'nb' | 'en') =>
  documentsOf('projects')
    .concat(documentsOf('sections'), documentsOf('departments'), documentsOf('people'))
    .map(({ data }) => JSON.stringify(inLocale(data, locale)))
    .join('\n')

describe('content audit', () => {
  it('1. gives figures from undated sources no date, never the authoring day', () => {
    for (const key of ['counties', 'donors-health-surveys', 'donors-blood-donors', 'post-diagnostic-samples', 'vials', 'blood-draws']) {
      const fact = byKey('biobank-facts', `janus-${key}`)
      expect({ key, dateKind: fact.dateKind, asOfDate: fact.asOfDate }).toEqual({ key, dateKind: 'not-stated', asOfDate: null })
    }
    const authored = documentsOf('biobank-facts').filter(({ data }) => String(data.asOfDate).slice(0, 10) === CONTENT_WRITTEN.slice(0, 10))
    expect(authored).toEqual([])
  })

  it('2. credits the donor figures to Janus-materialet, undated, noting the 2020 page', () => {
    for (const key of ['donors-total', 'donors-men', 'donors-women', 'mean-age-at-entry']) {
      const fact = byKey('biobank-facts', `janus-${key}`)
      expect({ key, source: sourceOf(fact), dateKind: fact.dateKind }).toEqual({ key, source: sourceKey('janusMaterial'), dateKind: 'not-stated' })
    }
    expect(stringIn(byKey('biobank-facts', 'janus-donors-total').note, 'en')).toContain('16 Nov 2020')
  })

  it('4. does not resolve the ambiguous 10/12/2021 date', () => {
    const source = byKey('sources', sourceKey('analysisAndResearch'))
    expect(source.publishedDate).toBeUndefined()
    expect(stringIn(source.dateNote, 'en')).toContain('10/12/2021')
    expect(String(source.title)).not.toContain('12.10.2021')
  })

  it('5. marks the year-to-page pairing of the key-figures pages as inferred', () => {
    for (const { data } of documentsOf('key-figures')) {
      const source = sourceOf(data)
      if (source === sourceKey('keyFigures') || source === sourceKey('keyFiguresOlder')) expect({ source, attribution: data.attribution }).toEqual({ source, attribution: 'inferred' })
    }
  })

  it('6. confirms only the statuses a source gives (5 of 23), with a note on every other one', () => {
    const projects = documentsOf('projects')
    expect(projects).toHaveLength(23)
    const basis = (data: Record<string, unknown>) => data.statusBasis as { confirmed: boolean; source?: unknown; note: unknown }
    expect(projects.filter(({ data }) => basis(data).confirmed).map(({ seedKey }) => seedKey).sort()).toEqual(
      ['project-bcsn', 'project-hpv-vaccination-effects', 'project-norccap', 'project-sveip', 'project-to-be'],
    )
    for (const key of ['ltfu-v501', 'ltfu-v503', 'offshore-cohorts', 'janusrna', 'aims', 'mim-aiforscreening', 'equalscreen', 'personalised-cervical-screening']) {
      const data = byKey('projects', `project-${key}`)
      expect({ key, confirmed: basis(data).confirmed }).toEqual({ key, confirmed: false })
      expect(stringIn(basis(data).note, 'en')).not.toMatch(/^Listed as ongoing on the registry's pages/)
    }
    expect(stringIn(basis(byKey('projects', 'project-equalscreen')).note, 'en')).toContain('recruitment is complete, not that the project has ended')
  })

  it('7. names no funder for the LTFU studies, whose funding is not known', () => {
    for (const key of ['ltfu-v501', 'ltfu-v503']) expect(byKey('projects', `project-${key}`).funding).toEqual([])
  })

  it('8. calls Hilde Langseth responsible for the Janus Serum Bank, not its head', () => {
    expect(byKey('sections', 'section-janus').head).toBeUndefined()
    expect(stringIn(byKey('people', 'person-hilde-langseth').title, 'en')).toBe('Responsible for the Janus Serum Bank')
  })

  it('9. lists neither "Janusbanken" nor the IARC designation as former names', () => {
    const former = (key: string) => JSON.stringify(inLocale(byKey('sections', key).formerNames, 'en'))
    expect(former('section-janus')).not.toContain('Janusbanken')
    expect(former('section-hpv')).not.toContain('IARC')
    expect(text(byKey('sections', 'section-janus').body, 'en')).toContain('also called Janusbanken')
    expect(text(byKey('sections', 'section-hpv').body, 'en')).toContain('IARC) calls the group')
  })

  it('10. gives Giske Ursin the same title in both languages', () => {
    const title = byKey('people', 'person-giske-ursin').title
    expect([stringIn(title, 'nb'), stringIn(title, 'en')]).toEqual(['Direktør', 'Director'])
  })

  it('11–13. words the Gardasil 9, PROMs and SIR facts as the sources do', () => {
    expect(text(byKey('projects', 'project-ltfu-v503').body, 'en')).toContain('about 4,500 women in its Nordic part')
    expect(text(byKey('projects', 'project-population-surveys').body, 'en')).toContain('15,641 patients were eligible')
    expect(allText('nb')).not.toContain('insidensraten')
    expect(allText('nb')).toContain('standardiserte insidensratioen (SIR)')
  })

  it('14–16. adds nothing the sources do not say to names and history', () => {
    expect(allText('nb')).not.toMatch(/'Dataflytseksjonen'|Datautleveringsenheten/)
    expect(text(byKey('departments', 'department-research').body, 'en')).toContain("the sources do not say whether that is today's Research Department")
  })

  it('17. says the Janus Serum Bank was described as unique in size and number of samples', () => {
    expect(text(byKey('sections', 'section-janus').body, 'en')).toContain('unique in its size and number of samples')
  })
})
