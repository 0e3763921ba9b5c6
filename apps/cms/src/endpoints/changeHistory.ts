import type { Endpoint, PayloadRequest, TypedLocale } from 'payload'

import { isPageCollection } from '@crn/site-contract'

import { isPossibleDocumentId } from '../db/documentIds'
import { collectionHistory, globalHistory, HISTORY_COLLECTIONS, HISTORY_GLOBALS, type HistoryCollection, type HistoryGlobal } from '../publicChanges/changeHistory'

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

function localeOf(req: PayloadRequest): TypedLocale | Response {
  const requested = req.searchParams.get('locale') ?? 'nb'
  const locales = (req.payload.config.localization && req.payload.config.localization.localeCodes) || ['nb']
  return locales.includes(requested) ? (requested as TypedLocale) : error(400, `"locale" must be one of ${locales.join(', ')}; got "${requested}".`)
}

const answer = (entries: unknown) =>
  Response.json({ entries }, { headers: { 'cache-control': 'public, max-age=60, stale-while-revalidate=300' } })

/**
 * `GET /api/change-history/<collection>/<id>?locale=nb`,
 * `GET /api/change-history/<collection>?slug=<slug>&locale=nb` (a page collection's document by its
 * slug in that locale, as the site addresses it) and
 * `GET /api/change-history/globals/<slug>?locale=nb`: a page's public change history —
 * the dates of its published, non-minor changes with their public notes, newest first.
 * Never editor names; 404 for a page readers cannot see.
 */
export const changeHistoryEndpoints: Endpoint[] = [
  {
    path: '/change-history/globals/:slug',
    method: 'get',
    handler: async (req) => {
      const slug = String(req.routeParams?.slug ?? '')
      if (!(HISTORY_GLOBALS as readonly string[]).includes(slug)) return error(404, `No change history for the global "${slug}".`)
      const locale = localeOf(req)
      if (locale instanceof Response) return locale
      return answer(await globalHistory(req, slug as HistoryGlobal, locale))
    },
  },
  {
    path: '/change-history/:collection',
    method: 'get',
    handler: async (req) => {
      const collection = String(req.routeParams?.collection ?? '')
      if (!isPageCollection(collection)) return error(404, `No change history by slug for the collection "${collection}"; pages are departments, sections, projects and screening-programmes.`)
      const slug = req.searchParams.get('slug')
      if (!slug) return error(400, '"slug" is required: the page\'s slug in the requested locale, e.g. ?slug=equalscreen&locale=nb.')
      const locale = localeOf(req)
      if (locale instanceof Response) return locale
      // As a reader: a draft-only page has no public history.
      const found = await req.payload.find({ collection, where: { slug: { equals: slug } }, locale, limit: 1, depth: 0, overrideAccess: false, req, select: {} })
      const id = found.docs[0]?.id
      const entries = id === undefined ? null : await collectionHistory(req, collection, String(id), locale)
      return entries === null ? error(404, `No published ${collection} document with the slug "${slug}" in "${locale}".`) : answer(entries)
    },
  },
  {
    path: '/change-history/:collection/:id',
    method: 'get',
    handler: async (req) => {
      const collection = String(req.routeParams?.collection ?? '')
      const id = String(req.routeParams?.id ?? '')
      if (!(HISTORY_COLLECTIONS as readonly string[]).includes(collection)) return error(404, `No change history for the collection "${collection}".`)
      if (!isPossibleDocumentId(req.payload, collection, id)) return error(404, `No ${collection} document with the id "${id}".`)
      const locale = localeOf(req)
      if (locale instanceof Response) return locale
      const entries = await collectionHistory(req, collection as HistoryCollection, id, locale)
      return entries === null ? error(404, `No published ${collection} document with the id "${id}".`) : answer(entries)
    },
  },
]
