import type { Department, ScreeningProgramme, Section } from '@crn/content-types'

import type { Locale } from './locales'
import { paths } from './routes'

/** Collections with pages on the site. */
export type LinkableCollection = 'departments' | 'sections' | 'projects' | 'screening-programmes'

export function isLinkableCollection(value: unknown): value is LinkableCollection {
  return value === 'departments' || value === 'sections' || value === 'projects' || value === 'screening-programmes'
}

/** A reference as Payload returns it: an id (opaque text), or the populated document. */
export type Ref<T> = string | T | null | undefined

/** The populated document of a reference, or undefined when only the id is there. */
export function populated<T extends object>(ref: Ref<T>): T | undefined {
  return typeof ref === 'object' && ref !== null ? ref : undefined
}

/** The id of a reference, populated or not. */
export function refId<T extends { id: string }>(ref: Ref<T>): string | undefined {
  if (typeof ref === 'string') return ref
  return ref?.id
}

/** The URL of a department, from its slug. */
export const departmentHref = (locale: Locale, department: Pick<Department, 'slug'>) => paths.department(locale, department.slug)

/** The URL of a section: needs its department's slug (populated), else `undefined`. */
export function sectionHref(locale: Locale, section: Pick<Section, 'slug' | 'department'>): string | undefined {
  const department = populated(section.department)
  return department ? paths.section(locale, department.slug, section.slug) : undefined
}

export const screeningProgrammeHref = (locale: Locale, programme: Pick<ScreeningProgramme, 'slug'>) =>
  paths.screeningProgramme(locale, programme.slug)

/**
 * The site URL of a document in `collection`, when the document carries what the URL needs
 * (a slug; for sections also the populated department).
 */
export function documentHref(locale: Locale, collection: LinkableCollection, doc: unknown): string | undefined {
  if (typeof doc !== 'object' || doc === null || !('slug' in doc) || typeof doc.slug !== 'string') return undefined
  const slug = doc.slug
  switch (collection) {
    case 'departments':
      return paths.department(locale, slug)
    case 'projects':
      return paths.project(locale, slug)
    case 'screening-programmes':
      return paths.screeningProgramme(locale, slug)
    case 'sections': {
      const department = 'department' in doc ? doc.department : undefined
      if (typeof department === 'object' && department !== null && 'slug' in department && typeof department.slug === 'string') {
        return paths.section(locale, department.slug, slug)
      }
      return undefined
    }
  }
}
