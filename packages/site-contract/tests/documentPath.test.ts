import { describe, expect, it } from '@jest/globals'

import { type AddressDoc, documentPath, type RelatedLookup } from '../src/documentPath'

// Ids are opaque text: UUIDs on SQLite, 24-hex ObjectIds on MongoDB.
const DEPARTMENT = '6650f0c2a1b2c3d4e5f60718'
const SECTION = '0f8e2a4c-7b1d-4e3a-9c55-3e2f1a0b9c8d'

const related: Record<string, Record<string, AddressDoc>> = {
  departments: { [DEPARTMENT]: { slug: { nb: 'forskningsavdelingen', en: 'research-department' } } },
  sections: { [SECTION]: { slug: { nb: 'janus-serumbanken', en: 'janus-serum-bank' }, department: DEPARTMENT } },
}
const lookup: RelatedLookup = async (collection, id, locale) => {
  const doc = related[collection]?.[id]
  if (!doc) return null
  const slugs = doc.slug as Record<string, string>
  return { ...doc, slug: slugs[locale] }
}

describe('documentPath', () => {
  it('gives a document with a page of its own that page, in the locale', async () => {
    expect(await documentPath('projects', { slug: 'equalscreen' }, 'nb', lookup)).toBe('/nb/forskning/prosjekter/equalscreen')
    expect(await documentPath('departments', { slug: 'research-department' }, 'en', lookup)).toBe('/en/research/research-department')
    expect(await documentPath('screening-programmes', { slug: 'mammografiprogrammet' }, 'nb', lookup)).toBe('/nb/screeningprogrammer/mammografiprogrammet')
    expect(await documentPath('sections', { slug: 'janus-serum-bank', department: DEPARTMENT }, 'en', lookup)).toBe('/en/research/research-department/janus-serum-bank')
  })

  it('accepts a populated reference as well as an id', async () => {
    expect(await documentPath('sections', { slug: 'janus-serumbanken', department: { id: DEPARTMENT } }, 'nb', lookup)).toBe(
      '/nb/forskning/forskningsavdelingen/janus-serumbanken',
    )
  })

  it('leads documents without a page to the page that shows them', async () => {
    expect(await documentPath('biobank-facts', { section: SECTION }, 'nb', lookup)).toBe('/nb/forskning/forskningsavdelingen/janus-serumbanken')
    expect(await documentPath('people', { unit: { relationTo: 'departments', value: DEPARTMENT } }, 'en', lookup)).toBe('/en/research/research-department')
    expect(await documentPath('people', { unit: { relationTo: 'sections', value: SECTION } }, 'en', lookup)).toBe('/en/research/research-department/janus-serum-bank')
    expect(await documentPath('key-figures', {}, 'en', lookup)).toBe('/en/key-figures')
  })

  it('falls back to the nearest list page while a draft has no slug or its parent is gone', async () => {
    expect(await documentPath('projects', { slug: '' }, 'en', lookup)).toBe('/en/research/projects')
    expect(await documentPath('screening-programmes', {}, 'en', lookup)).toBe('/en/screening-programmes')
    expect(await documentPath('sections', { slug: 'orphan', department: 'gone' }, 'nb', lookup)).toBe('/nb/forskning')
    expect(await documentPath('people', { unit: null }, 'nb', lookup)).toBe('/nb/forskning')
  })

  it('escapes slugs', async () => {
    expect(await documentPath('projects', { slug: 'a/b' }, 'en', lookup)).toBe('/en/research/projects/a%2Fb')
  })
})
