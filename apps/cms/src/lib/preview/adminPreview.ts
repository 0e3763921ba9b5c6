import type { GeneratePreviewURL, LivePreviewConfig, PayloadRequest, RootLivePreviewConfig } from 'payload'

import type { ContentCollectionSlug } from '@crn/content-client'

import { previewUrl, tokenFromRequest } from './previewUrl'
import { type RelatedLookup, sitePathFor, type SiteLocale } from './sitePaths'

const siteLocale = (locale: unknown): SiteLocale => (locale === 'en' ? 'en' : 'nb')

/** Live Preview sizes editors switch between (the site is responsive down to 320 px). */
export const LIVE_PREVIEW_BREAKPOINTS: NonNullable<LivePreviewConfig['breakpoints']> = [
  { name: 'mobile', label: 'Mobile', width: 375, height: 667 },
  { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
  { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
]

/** Related slugs for a page address, read as the editor sees them (drafts included). */
const lookupWith =
  (req: PayloadRequest): RelatedLookup =>
  async (collection, id, locale) => {
    const doc = await req.payload.findByID({ collection, id, locale, depth: 0, draft: true, overrideAccess: true, disableErrors: true })
    return doc ? (doc as unknown as Record<string, unknown>) : null
  }

/** "Preview" on a document opens its site page in draft mode, as the signed-in editor. */
export function previewForCollection(collection: ContentCollectionSlug): GeneratePreviewURL {
  return async (doc, { locale, req, token }) => previewUrl(await sitePathFor(collection, doc, siteLocale(locale), lookupWith(req)), token)
}

/**
 * Live Preview: the same draft-mode page in an iframe beside the form, reloaded after
 * each save and autosave (its URL carries the saved version); a site page that renders
 * RefreshRouteOnSave also refreshes in place on the admin's postMessage events.
 */
export function livePreviewConfig(collections: readonly ContentCollectionSlug[], globals: readonly string[]): RootLivePreviewConfig {
  return {
    breakpoints: LIVE_PREVIEW_BREAKPOINTS,
    collections: [...collections],
    globals: [...globals],
    url: async ({ collectionConfig, data, locale, req }) => {
      const token = tokenFromRequest(req.headers, req.payload.config.cookiePrefix)
      const localeCode = siteLocale(typeof locale === 'string' ? locale : locale?.code)
      const slug = collectionConfig?.slug
      const path =
        slug && (collections as readonly string[]).includes(slug)
          ? await sitePathFor(slug as ContentCollectionSlug, data, localeCode, lookupWith(req))
          : `/${localeCode}/${localeCode === 'en' ? 'research' : 'forskning'}`
      // The admin recomputes this URL after every save and autosave; a URL that changes with
      // the saved version reloads the iframe, so Live Preview follows the editor's typing even
      // where the page has no RefreshRouteOnSave listener (and costs the site no JavaScript).
      const version = typeof data.updatedAt === 'string' ? data.updatedAt : undefined
      return previewUrl(path, token, version)
    },
  }
}
