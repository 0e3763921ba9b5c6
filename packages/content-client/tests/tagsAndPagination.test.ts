import { describe, expect, it } from '@jest/globals'

import { documentTags, isContentTag, isLocale, isPageOutOfRange, otherLocale, parsePageNumber, tags } from '../src'

describe('tags', () => {
  it('names collection, document and global tags', () => {
    expect(tags.collection('projects')).toBe('collection:projects')
    expect(tags.doc('biobank-facts', '0f8e2a4c-7b1d-4e3a-9c55-000000000007')).toBe('doc:biobank-facts:0f8e2a4c-7b1d-4e3a-9c55-000000000007')
    expect(tags.global('navigation')).toBe('global:navigation')
    expect(documentTags('sections', '6650f0c2a1b2c3d4e5f60718')).toEqual(['doc:sections:6650f0c2a1b2c3d4e5f60718', 'collection:sections', 'cms:all'])
  })

  it('recognises only tags the client produces', () => {
    expect(isContentTag('doc:projects:7')).toBe(true)
    expect(isContentTag('global:research-overview')).toBe(true)
    expect(isContentTag('cms:all')).toBe(true)
    expect(isContentTag('projects')).toBe(false)
    expect(isContentTag('doc:projects:7; rm -rf')).toBe(false)
    expect(isContentTag(42)).toBe(false)
  })
})

describe('pagination', () => {
  it('parses plain positive page numbers and defaults to 1', () => {
    expect(parsePageNumber(undefined)).toBe(1)
    expect(parsePageNumber('1')).toBe(1)
    expect(parsePageNumber('12')).toBe(12)
  })

  it('rejects anything else', () => {
    for (const raw of ['0', '-1', '01', '1.5', 'abc', '', '1e3', '9999999']) expect(parsePageNumber(raw)).toBeNull()
    expect(parsePageNumber(['1', '2'])).toBeNull()
  })

  it('knows when a page lies beyond the result', () => {
    expect(isPageOutOfRange({ page: 1, totalPages: 0 }, 1)).toBe(false)
    expect(isPageOutOfRange({ page: 2, totalPages: 2 }, 2)).toBe(false)
    expect(isPageOutOfRange({ page: 3, totalPages: 2 }, 3)).toBe(true)
  })
})

describe('locales', () => {
  it('knows nb and en', () => {
    expect(isLocale('nb')).toBe(true)
    expect(isLocale('de')).toBe(false)
    expect(otherLocale('nb')).toBe('en')
  })
})
