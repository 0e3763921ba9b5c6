/** The collections with public, versioned research content (drafts, localized slugs). Public contract (README). */
export const CONTENT_COLLECTIONS = ['departments', 'sections', 'projects', 'biobank-facts', 'screening-programmes', 'people', 'key-figures'] as const

export type ContentCollectionSlug = (typeof CONTENT_COLLECTIONS)[number]

/** Content collections whose documents have a page (and an address) of their own on the site. */
export const PAGE_COLLECTIONS = ['departments', 'sections', 'projects', 'screening-programmes'] as const satisfies readonly ContentCollectionSlug[]

export type PageCollectionSlug = (typeof PAGE_COLLECTIONS)[number]

export function isContentCollection(value: unknown): value is ContentCollectionSlug {
  return typeof value === 'string' && (CONTENT_COLLECTIONS as readonly string[]).includes(value)
}

export function isPageCollection(value: unknown): value is PageCollectionSlug {
  return typeof value === 'string' && (PAGE_COLLECTIONS as readonly string[]).includes(value)
}
