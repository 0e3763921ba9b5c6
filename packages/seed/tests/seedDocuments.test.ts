import { describe, expect, it } from '@jest/globals'

import { collectReferences, linkedUrls, type RichText, SEED_LOCALES, seedCollections, seedGlobals } from '../src'
import { allDocuments, inLocale, stringIn } from './helpers'

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

describe('seed documents: identity and references', () => {
  it('gives every document and global a unique seed key', () => {
    const keys = [...allDocuments.map((document) => document.seedKey), ...seedGlobals.map((global) => global.seedKey)]
    const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index)
    expect(duplicates).toEqual([])
    expect(keys.every((key) => SLUG_PATTERN.test(key))).toBe(true)
  })

  it('resolves every reference to a seed document of the referenced collection', () => {
    const known = new Set(allDocuments.map((document) => `${document.collection}:${document.seedKey}`))
    const references = [...allDocuments.map((document) => document.data), ...seedGlobals.map((global) => global.data)].flatMap((data) =>
      collectReferences(data),
    )
    expect(references.length).toBeGreaterThan(50)
    const unresolved = references.map((reference) => `${reference.collection}:${reference.seedKey}`).filter((key) => !known.has(key))
    expect(unresolved).toEqual([])
  })

  it('only references documents created earlier, except people’s units (set once they exist)', () => {
    const order = seedCollections.map(({ collection }) => collection as string)
    const forward = allDocuments.flatMap((document) =>
      Object.entries(document.data).flatMap(([field, value]) =>
        collectReferences(value)
          .filter((reference) => order.indexOf(reference.collection) >= order.indexOf(document.collection))
          .map(() => `${document.collection}.${field}`),
      ),
    )
    expect([...new Set(forward)]).toEqual(['people.unit'])
  })
})

describe('seed documents: slugs and languages', () => {
  it('gives every document a URL-safe slug in both languages, unique per collection and language', () => {
    for (const { collection, documents } of seedCollections) {
      // Sources are citations, not pages: they have no slug.
      if (collection === 'sources') continue
      for (const locale of SEED_LOCALES) {
        const slugs = documents.map((document) => stringIn(document.data.slug, locale))
        const invalid = slugs.filter((slug) => !SLUG_PATTERN.test(slug))
        expect({ collection, locale, invalid }).toEqual({ collection, locale, invalid: [] })
        const duplicates = slugs.filter((slug, index) => slugs.indexOf(slug) !== index)
        expect({ collection, locale, duplicates }).toEqual({ collection, locale, duplicates: [] })
      }
    }
  })

  it('titles every document in both languages, with different bokmål and English titles', () => {
    // A source keeps the title it was published under, in its own language.
    for (const document of allDocuments.filter(({ collection }) => collection !== 'sources')) {
      const nb = stringIn(document.data.title, 'nb')
      const en = stringIn(document.data.title, 'en')
      expect(nb.trim()).not.toBe('')
      expect(en.trim()).not.toBe('')
      expect({ key: document.seedKey, same: nb === en }).toEqual({ key: document.seedKey, same: false })
    }
  })

  it('has a lead in both languages wherever a lead is given, and different prose per language', () => {
    const pageCollections = ['departments', 'sections', 'screening-programmes', 'projects', 'key-figures']
    const pages = allDocuments.filter((document) => pageCollections.includes(document.collection))
    expect(pages.filter((document) => document.data.lead === undefined).map((document) => document.seedKey)).toEqual([])
    const withLead = allDocuments.filter((document) => document.data.lead !== undefined)
    expect(withLead.length).toBeGreaterThan(pages.length)
    for (const document of withLead) {
      const nb = stringIn(document.data.lead, 'nb')
      const en = stringIn(document.data.lead, 'en')
      expect(nb.length).toBeGreaterThan(10)
      expect({ key: document.seedKey, same: nb === en }).toEqual({ key: document.seedKey, same: false })
    }
  })

  it('writes real rich text bodies in both languages, with absolute link URLs', () => {
    const withBody = [...allDocuments, ...seedGlobals.map((global) => ({ seedKey: global.seedKey, data: global.data as Record<string, unknown> }))].filter(
      (document) => document.data.body !== undefined,
    )
    expect(withBody.length).toBeGreaterThanOrEqual(5 + 5 + 3 + 15 + 1)
    for (const document of withBody) {
      for (const locale of SEED_LOCALES) {
        const body = inLocale(document.data.body, locale) as RichText
        expect(body.root.type).toBe('root')
        expect(body.root.children.length).toBeGreaterThan(0)
        expect(body.root.children.some((block) => block.type === 'paragraph')).toBe(true)
        for (const url of linkedUrls(body)) expect(url).toMatch(/^https?:\/\//)
      }
      expect(JSON.stringify(inLocale(document.data.body, 'nb'))).not.toBe(JSON.stringify(inLocale(document.data.body, 'en')))
    }
  })
})
