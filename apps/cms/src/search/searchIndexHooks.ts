import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { searchIndexFor } from './openSearchIndex'
import { isSearchableCollection } from './searchIndex'
import { publishedEntries } from './searchableDocuments'

/**
 * Keeps the search index current: after any save (publish, unpublish, a draft saved over a
 * published document) the document's entries are replaced by what is published now, in every
 * locale; a draft is never indexed. Collections the search does not cover are left alone.
 */
export const updateSearchIndexAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isSearchableCollection(collection.slug)) return doc
  const id = String((doc as { id: unknown }).id)
  const entries = await publishedEntries(req.payload, collection.slug, id, req)
  await searchIndexFor(req.payload).replace(collection.slug, id, entries)
  return doc
}

export const removeFromSearchIndexAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (!isSearchableCollection(collection.slug)) return
  await searchIndexFor(req.payload).replace(collection.slug, String(id), [])
}
