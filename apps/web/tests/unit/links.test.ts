import { describe, expect, it } from '@jest/globals'

import { documentHref, sectionHref } from '@/lib/links'
import { linkKey } from '@/lib/richTextLinks'

describe('documentHref', () => {
  it('builds site URLs for documents in each collection', () => {
    expect(documentHref('en', 'departments', { slug: 'research-department' })).toBe('/en/research/research-department')
    expect(documentHref('nb', 'projects', { slug: 'likskjerm' })).toBe('/nb/forskning/prosjekter/likskjerm')
    expect(documentHref('en', 'screening-programmes', { slug: 'breastscreen-norway' })).toBe('/en/screening-programmes/breastscreen-norway')
  })

  it('needs the populated department for a section', () => {
    expect(documentHref('en', 'sections', { slug: 'janus-serum-bank', department: { slug: 'research-department' } })).toBe(
      '/en/research/research-department/janus-serum-bank',
    )
    expect(documentHref('en', 'sections', { slug: 'janus-serum-bank', department: '6650f0c2a1b2c3d4e5f60718' })).toBeUndefined()
    expect(sectionHref('nb', { slug: 'janus', department: '6650f0c2a1b2c3d4e5f60718' })).toBeUndefined()
  })

  it('gives nothing for an unpopulated reference', () => {
    expect(documentHref('en', 'projects', '6650f0c2a1b2c3d4e5f60718')).toBeUndefined()
    expect(linkKey('projects', '0f8e2a4c-7b1d-4e3a-9c55-3e2f1a0b9c8d')).toBe('projects:0f8e2a4c-7b1d-4e3a-9c55-3e2f1a0b9c8d')
  })
})
