/**
 * Collections with public, versioned research content. In a module of its own because
 * hooks, webhooks and the change feed need the list while the collections are defined.
 */
export const CONTENT_COLLECTION_SLUGS = [
  'departments',
  'sections',
  'projects',
  'biobank-facts',
  'screening-programmes',
  'people',
  'key-figures',
] as const
export type ContentCollectionSlug = (typeof CONTENT_COLLECTION_SLUGS)[number]
