import type { ContentCollectionSlug } from '@crn/content-client'

import { relatedIds } from '../revalidation/affectedTags'

export type SiteLocale = 'nb' | 'en'

/**
 * The site's localized route segments (the site's routing contract, see README:
 * `/en/research`, `/nb/forskning`, `/en/research/projects`, `/nb/forskning/prosjekter`).
 */
const SEGMENTS: Record<SiteLocale, { research: string; projects: string; screening: string }> = {
  en: { research: 'research', projects: 'projects', screening: 'screening' },
  nb: { research: 'forskning', projects: 'prosjekter', screening: 'screening' },
}

type Doc = Record<string, unknown>

/** A slug usable in a URL path, or null while the draft has none yet. */
function slugOf(value: unknown): string | null {
  return typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? value : null
}

/**
 * The site page that shows document `doc` of `collection` in `locale`, for Preview and
 * Live Preview. Documents without a page of their own preview the page that shows
 * them (a biobank fact → its section's facts on the overview of research; people and
 * key figures → the research overview). Falls back to the research overview while a
 * new draft has no slug yet.
 */
export function sitePathFor(collection: ContentCollectionSlug, doc: Doc, locale: SiteLocale): string {
  const segments = SEGMENTS[locale]
  const overview = `/${locale}/${segments.research}`
  const slug = slugOf(doc.slug)
  switch (collection) {
    case 'projects':
      return slug ? `${overview}/${segments.projects}/${slug}` : `${overview}/${segments.projects}`
    case 'departments':
    case 'sections':
      return slug ? `${overview}/${slug}` : overview
    case 'screening-programmes':
      return slug ? `/${locale}/${segments.screening}/${slug}` : overview
    case 'biobank-facts': {
      const sectionSlug = slugOf(populatedField(doc.section, 'slug'))
      return sectionSlug ? `${overview}/${sectionSlug}` : overview
    }
    case 'people':
    case 'key-figures':
      return overview
  }
}

/** A field of a populated relationship (depth ≥ 1), or undefined when only the id is there. */
function populatedField(value: unknown, field: string): unknown {
  if (value && typeof value === 'object' && relatedIds(value).length === 1) return (value as Doc)[field]
  return undefined
}
