import type { ContentCollectionSlug } from './collections'
import type { Locale } from './locales'
import { paths } from './paths'

/** A document as read from the CMS at depth 0 (or more): only the fields an address needs are looked at. */
export type AddressDoc = Record<string, unknown>

/** Reads a related department or section (latest draft for preview) in a locale; null when it is gone. */
export type RelatedLookup = (collection: 'departments' | 'sections', id: string, locale: Locale) => Promise<AddressDoc | null>

const slugOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

/** The id of a reference, given as an id (opaque text) or as the populated document. */
export function referenceId(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'string' && id !== '') return id
    // MongoDB hands populated ids out as ObjectId instances inside the CMS process.
    if (typeof id === 'object' && id !== null) return String(id)
  }
  return undefined
}

/**
 * The site page that shows document `doc` of `collection` in `locale` (Preview, Live Preview).
 * Documents without a page of their own lead to the page that shows them (a biobank fact → its
 * section, a person → their unit, key figures → the key figures page). While a new draft has no
 * slug yet, the nearest list page is given.
 */
export async function documentPath(collection: ContentCollectionSlug, doc: AddressDoc, locale: Locale, lookup: RelatedLookup): Promise<string> {
  const slug = slugOf(doc.slug)
  const research = paths.research(locale)

  const departmentPath = async (id: string | undefined) => {
    const departmentSlug = slugOf(id === undefined ? null : (await lookup('departments', id, locale))?.slug)
    return departmentSlug ? paths.department(locale, departmentSlug) : research
  }
  const sectionPath = async (section: AddressDoc | null) => {
    const sectionSlug = slugOf(section?.slug)
    const departmentId = referenceId(section?.department)
    const departmentSlug = slugOf(departmentId === undefined ? null : (await lookup('departments', departmentId, locale))?.slug)
    if (!departmentSlug) return research
    return sectionSlug ? paths.section(locale, departmentSlug, sectionSlug) : paths.department(locale, departmentSlug)
  }
  const lookupSection = async (id: string | undefined) => (id === undefined ? null : lookup('sections', id, locale))

  switch (collection) {
    case 'projects':
      return slug ? paths.project(locale, slug) : paths.projects(locale)
    case 'departments':
      return slug ? paths.department(locale, slug) : research
    case 'sections':
      return sectionPath(doc)
    case 'biobank-facts':
      return sectionPath(await lookupSection(referenceId(doc.section)))
    case 'screening-programmes':
      return slug ? paths.screeningProgramme(locale, slug) : paths.screeningProgrammes(locale)
    case 'key-figures':
      return paths.keyFigures(locale)
    case 'people': {
      const unit = doc.unit as { relationTo?: unknown; value?: unknown } | null | undefined
      const unitId = referenceId(unit?.value)
      if (unitId === undefined) return research
      if (unit?.relationTo === 'departments') return departmentPath(unitId)
      return sectionPath(await lookupSection(unitId))
    }
  }
}
