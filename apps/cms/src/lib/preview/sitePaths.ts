import type { ContentCollectionSlug } from '@crn/content-client'

import { relatedIds } from '../revalidation/affectedTags'

export type SiteLocale = 'nb' | 'en'

/**
 * The site's localized addresses (its routing contract, apps/web/src/lib/routes.ts):
 *   /nb/forskning[/<dept>[/<section>]]      /en/research[/<dept>[/<section>]]
 *   /nb/forskning/prosjekter/<slug>         /en/research/projects/<slug>
 *   /nb/screeningprogrammer/<slug>          /en/screening-programmes/<slug>
 *   /nb/nokkeltall                          /en/key-figures
 */
const WORDS: Record<SiteLocale, { research: string; projects: string; screening: string; keyFigures: string }> = {
  nb: { research: 'forskning', projects: 'prosjekter', screening: 'screeningprogrammer', keyFigures: 'nokkeltall' },
  en: { research: 'research', projects: 'projects', screening: 'screening-programmes', keyFigures: 'key-figures' },
}

type Doc = Record<string, unknown>

/** Finds a related document (latest draft included) in a locale; null when it is gone. */
export type RelatedLookup = (collection: 'departments' | 'sections', id: number | string, locale: SiteLocale) => Promise<Doc | null>

const slugOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? encodeURIComponent(value) : null)

/**
 * The site page that shows document `doc` of `collection` in `locale`, for Preview and
 * Live Preview. Documents without a page of their own preview the page that shows them
 * (a biobank fact → its section, a person → their unit, key figures → the key figures
 * page). While a new draft has no slug yet, the nearest list page is shown.
 */
export async function sitePathFor(collection: ContentCollectionSlug, doc: Doc, locale: SiteLocale, lookup: RelatedLookup): Promise<string> {
  const words = WORDS[locale]
  const research = `/${locale}/${words.research}`
  const slug = slugOf(doc.slug)

  const departmentPath = async (id: number | string | undefined) => {
    const department = id === undefined ? null : await lookup('departments', id, locale)
    const departmentSlug = slugOf(department?.slug)
    return departmentSlug ? `${research}/${departmentSlug}` : research
  }
  const sectionPath = async (section: Doc | null) => {
    const sectionSlug = slugOf(section?.slug)
    const base = await departmentPath(relatedIds(section?.department)[0])
    return sectionSlug && base !== research ? `${base}/${sectionSlug}` : base
  }

  switch (collection) {
    case 'projects':
      return slug ? `${research}/${words.projects}/${slug}` : `${research}/${words.projects}`
    case 'departments':
      return slug ? `${research}/${slug}` : research
    case 'sections':
      return sectionPath({ slug: doc.slug, department: doc.department })
    case 'biobank-facts': {
      const sectionId = relatedIds(doc.section)[0]
      return sectionPath(sectionId === undefined ? null : await lookup('sections', sectionId, locale))
    }
    case 'screening-programmes':
      return slug ? `/${locale}/${words.screening}/${slug}` : `/${locale}/${words.screening}`
    case 'key-figures':
      return `/${locale}/${words.keyFigures}`
    case 'people': {
      const unit = doc.unit as { relationTo?: unknown; value?: unknown } | null | undefined
      const unitId = relatedIds(unit?.value)[0]
      if (unitId === undefined) return research
      if (unit?.relationTo === 'departments') return departmentPath(unitId)
      return sectionPath(await lookup('sections', unitId, locale))
    }
  }
}
