import type { ContentCollectionSlug, GlobalSlug } from './types'

/**
 * Cache tag names, shared by whoever caches content (the site attaches them to fetches)
 * and whoever invalidates it (the CMS's revalidation hooks send them to the site).
 * One list tag per collection, one tag per document, one per global.
 */
export const tags = {
  /** Every list/query over a collection, e.g. `collection:projects`. */
  collection: (slug: ContentCollectionSlug): string => `collection:${slug}`,
  /** One document by id, e.g. `doc:projects:<id>`. */
  doc: (slug: ContentCollectionSlug, id: string): string => `doc:${slug}:${id}`,
  /** Every redirect entry (old addresses that lead to a page's current address). */
  redirects: 'collection:redirects',
  /** A global, e.g. `global:navigation`. */
  global: (slug: GlobalSlug): string => `global:${slug}`,
  /** Everything read from the CMS (for a full refresh). */
  all: 'cms:all',
} as const

/** The tags a single-document read carries: the document's own tag and its collection's. */
export function documentTags(slug: ContentCollectionSlug, id: string | undefined): string[] {
  return id === undefined ? [tags.collection(slug), tags.all] : [tags.doc(slug, id), tags.collection(slug), tags.all]
}

/** Tag format check for input from outside (e.g. a revalidation request). */
export const TAG_PATTERN = /^(cms:all|collection:[a-z-]+|doc:[a-z-]+:[A-Za-z0-9_-]+|global:[a-z-]+)$/

/** True when `value` is a tag this client could have produced. */
export function isContentTag(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && TAG_PATTERN.test(value)
}
