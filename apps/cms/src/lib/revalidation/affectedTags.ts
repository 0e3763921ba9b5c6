import { tags, type ContentCollectionSlug, type GlobalSlug } from '@crn/content-client'
import { referenceId } from '@crn/site-contract'

/**
 * Which site cache tags a change makes stale. The tag names come from the content
 * client (`@crn/content-client` tags), the same builders the site attaches to its
 * fetches, so the two sides cannot drift apart.
 *
 * A document's own tags are not enough: pages show documents indirectly. A renamed
 * section changes its department's page, the overview, the project index and every
 * project page that names it, the sitemap and search (all of which read collection
 * lists, i.e. `collection:*` tags). Both the old and the new version are looked at,
 * so moving a project from one section to another refreshes both section pages.
 */

type Doc = Record<string, unknown> | null | undefined

/** Collections whose pages mention documents of the key collection (by relationship or join). */
const SHOWN_ON: Record<ContentCollectionSlug, readonly ContentCollectionSlug[]> = {
  // Department pages list their sections; section pages and breadcrumbs name the department.
  departments: ['sections', 'screening-programmes'],
  // Department pages and the overview list sections; projects name their sections; people name their unit.
  sections: ['departments', 'projects', 'people', 'biobank-facts'],
  // Section and programme pages list their projects.
  projects: ['sections', 'screening-programmes'],
  // The Janus Serum Bank (section) page shows its facts.
  'biobank-facts': ['sections'],
  // Projects name their programme; department pages may list programmes.
  'screening-programmes': ['projects', 'departments'],
  // Contacts, heads, managers and participants appear on every kind of page.
  people: ['departments', 'sections', 'projects', 'screening-programmes'],
  // Key figures appear on overview pages that read the list.
  'key-figures': [],
}

/** Relationship fields pointing at one specific document, whose own page therefore changes. */
const RELATED_DOCUMENTS: Partial<Record<ContentCollectionSlug, readonly { field: string; to: ContentCollectionSlug }[]>> = {
  sections: [{ field: 'department', to: 'departments' }],
  projects: [
    { field: 'sections', to: 'sections' },
    { field: 'screeningProgramme', to: 'screening-programmes' },
  ],
  'biobank-facts': [{ field: 'section', to: 'sections' }],
  'screening-programmes': [{ field: 'department', to: 'departments' }],
}

/** Ids (opaque text) of a relationship value: an id, a populated document, or a list of either. */
export function relatedIds(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value]
  return values.map(referenceId).filter((id): id is string => id !== undefined)
}

/** Tags made stale by a change to document `doc` (new state) / `previousDoc` (old state). */
export function tagsForDocumentChange(collection: ContentCollectionSlug, doc: Doc, previousDoc?: Doc): string[] {
  const result = new Set<string>([tags.collection(collection)])
  for (const version of [doc, previousDoc]) {
    const id = referenceId(version)
    if (id !== undefined) result.add(tags.doc(collection, id))
    for (const { field, to } of RELATED_DOCUMENTS[collection] ?? []) {
      for (const relatedId of relatedIds(version?.[field])) result.add(tags.doc(to, relatedId))
    }
  }
  for (const other of SHOWN_ON[collection]) result.add(tags.collection(other))
  return [...result].sort()
}

/** Tags made stale by a change to a global (the navigation appears on every page: its own tag covers it). */
export function tagsForGlobalChange(slug: GlobalSlug): string[] {
  return [tags.global(slug)]
}

/**
 * Media can appear anywhere (rich text, images on any page) and carry alt text the
 * site renders: a change to a file refreshes everything read from the CMS.
 */
export function tagsForMediaChange(): string[] {
  return [tags.all]
}
