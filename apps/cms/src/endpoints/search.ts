import type { Endpoint } from 'payload'

import { isLocale, MIN_SEARCH_LENGTH, normaliseSearchQuery } from '@crn/content-client'

import { searchIndexFor } from '../search/openSearchIndex'

const DEFAULT_LIMIT = 20
const MAX_LIMIT = 50

/**
 * `GET /api/search?q=&locale=nb|en&limit=`: ranked hits from the search index (published
 * documents only), at most `limit` per collection, best first:
 * `{ query, hits: [{ collection, id, score }] }`. The site then reads the hits' teaser fields
 * through the normal API, so access rules apply as to any read.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const locale = params.get('locale') ?? 'nb'
    if (!isLocale(locale)) return Response.json({ errors: [{ message: 'locale must be nb or en.', field: 'locale' }] }, { status: 400 })
    const rawLimit = params.get('limit')
    const limit = rawLimit === null ? DEFAULT_LIMIT : Number(rawLimit)
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      return Response.json({ errors: [{ message: `limit must be a whole number from 1 to ${MAX_LIMIT}.`, field: 'limit' }] }, { status: 400 })
    }
    const query = normaliseSearchQuery(params.get('q'))
    const hits = query.length < MIN_SEARCH_LENGTH ? [] : await searchIndexFor(req.payload).search(query, locale, limit)
    return Response.json({ query, hits })
  },
}
