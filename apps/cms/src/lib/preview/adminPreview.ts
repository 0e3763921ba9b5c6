import type { GeneratePreviewURL, LivePreviewConfig, PayloadRequest, RootLivePreviewConfig } from 'payload'

import { type ContentCollectionSlug, documentPath, type Locale, paths, type RelatedLookup } from '@crn/site-contract'

import { hasRole, ROLES } from '../../access/roles'
import { env } from '../../env'
import { previewUrl } from './previewUrl'

const siteLocale = (locale: unknown): Locale => (locale === 'en' ? 'en' : 'nb')

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

const documentName = (collection: string, id: unknown) => `${collection}/${typeof id === 'string' || typeof id === 'number' ? String(id) : 'new'}`

/**
 * Only a signed-in editorial account gets a preview token: Payload also answers
 * `GET /api/<collection>/<id>/preview` to anyone who may read the document, and a token
 * minted there would let an anonymous caller read drafts.
 */
const mayPreview = (req: PayloadRequest) => hasRole(req.user, ROLES)

/** "Preview" on a document opens its site page in draft mode (the address comes from the shared map of the site). */
export function previewForCollection(collection: ContentCollectionSlug): GeneratePreviewURL {
  return async (doc, { locale, req }) => {
    if (!mayPreview(req)) return null
    const localeCode = siteLocale(locale)
    const path = await documentPath(collection, doc, localeCode, lookupWith(req))
    return previewUrl({ document: documentName(collection, doc.id), locale: localeCode, path })
  }
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
    url: async ({ collectionConfig, globalConfig, data, locale, req }) => {
      const localeCode = siteLocale(typeof locale === 'string' ? locale : locale?.code)
      const slug = collectionConfig?.slug
      const isContent = slug !== undefined && (collections as readonly string[]).includes(slug)
      const path = isContent ? await documentPath(slug as ContentCollectionSlug, data, localeCode, lookupWith(req)) : paths.research(localeCode)
      const document = isContent ? documentName(slug, data.id) : `globals/${globalConfig?.slug ?? 'unknown'}`
      // The admin recomputes this URL after every save and autosave; a URL that changes with
      // the saved version reloads the iframe, so Live Preview follows the editor's typing even
      // where the page has no RefreshRouteOnSave listener (and costs the site no JavaScript).
      const version = typeof data.updatedAt === 'string' ? data.updatedAt : undefined
      // Without an editorial account: the public page, no draft mode.
      if (!mayPreview(req)) return new URL(path, env.WEB_URL).toString()
      return previewUrl({ document, locale: localeCode, path }, version)
    },
  }
}
