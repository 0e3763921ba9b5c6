import type { Payload, PayloadRequest } from 'payload'

import { LOCALES, type Locale } from '@crn/content-client'

import { SEARCHABLE_COLLECTIONS, type SearchableCollection, type SearchEntry, type SearchIndex } from './searchIndex'

/** The text each collection contributes: title (weighted) and body. */
const searchText: Record<SearchableCollection, (doc: Record<string, unknown>) => { title: string; body: string }> = {
  departments: (doc) => ({ title: text(doc.title), body: text(doc.lead) }),
  sections: (doc) => ({ title: text(doc.title), body: text(doc.lead) }),
  projects: (doc) => ({ title: [text(doc.title), text(doc.acronym)].join(' '), body: text(doc.lead) }),
  people: (doc) => ({ title: text(doc.name), body: text(doc.title) }),
}

const selected: Record<SearchableCollection, Record<string, true>> = {
  departments: { title: true, lead: true },
  sections: { title: true, lead: true },
  projects: { title: true, acronym: true, lead: true },
  people: { name: true, title: true },
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

const PUBLISHED = { _status: { equals: 'published' } } as const

function entry(collection: SearchableCollection, locale: Locale, doc: Record<string, unknown>): SearchEntry {
  return { collection, id: String(doc.id), locale, ...searchText[collection](doc) }
}

/**
 * What the index should hold for one document: its published version in every locale, or
 * nothing when it has none (a draft, unpublished, deleted). Read from the main table
 * (`draft: false`), which holds the published document; a draft saved over it changes nothing.
 */
export async function publishedEntries(payload: Payload, collection: SearchableCollection, id: string, req?: PayloadRequest): Promise<SearchEntry[]> {
  const entries: SearchEntry[] = []
  for (const locale of LOCALES) {
    const found = await payload.find({
      collection,
      where: { and: [{ id: { equals: id } }, PUBLISHED] },
      locale,
      depth: 0,
      draft: false,
      limit: 1,
      pagination: false,
      select: selected[collection],
      overrideAccess: true,
      req,
    })
    const doc = found.docs[0] as Record<string, unknown> | undefined
    if (doc) entries.push(entry(collection, locale, doc))
  }
  return entries
}

const REBUILD_PAGE = 500

/** Fills an empty index from every published document (first start, a new database, a restore). */
export async function rebuildSearchIndex(payload: Payload, index: SearchIndex): Promise<number> {
  await index.clear()
  let count = 0
  for (const collection of SEARCHABLE_COLLECTIONS) {
    const perDocument = new Map<string, SearchEntry[]>()
    for (const locale of LOCALES) {
      for (let page = 1; ; page += 1) {
        const found = await payload.find({ collection, where: PUBLISHED, locale, depth: 0, draft: false, limit: REBUILD_PAGE, page, sort: 'id', select: selected[collection], overrideAccess: true })
        for (const doc of found.docs as Record<string, unknown>[]) {
          const id = String(doc.id)
          perDocument.set(id, [...(perDocument.get(id) ?? []), entry(collection, locale, doc)])
        }
        if (!found.hasNextPage) break
      }
    }
    for (const [id, entries] of perDocument) {
      await index.replace(collection, id, entries)
      count += 1
    }
  }
  return count
}
