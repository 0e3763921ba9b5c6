import type { Endpoint, Where } from 'payload'

import { CONTENT_COLLECTION_SLUGS } from '../collections/contentSlugs'
import { CONTENT_CHANGES_SLUG } from '../collections/ContentChanges'
import { parseSince } from '../api/changes/parseSince'
import { slugsOf } from '../api/changes/publicState'
import { API_LIMITS } from '../api/limits'

const DEFAULT_PAGE_SIZE = 50

type ChangeDoc = { id: number | string; documentCollection: string; documentId: string; kind: string; slug?: unknown; occurredAt: string }

const badRequest = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/**
 * `GET /api/changes?since=<ISO 8601>`: what was published, updated, unpublished or
 * deleted at or after `since`, oldest first, paginated (`page`, `limit` ≤ 100), optionally
 * for one `collection`. A consumer stores the `occurredAt` of the last change it handled
 * and asks again from there (changes at that same instant come again: skip known ids).
 */
export const changesEndpoint: Endpoint = {
  path: '/changes',
  method: 'get',
  handler: async (req) => {
    const params = req.searchParams
    const sinceParam = params.get('since')
    if (sinceParam === null || sinceParam.trim() === '') {
      return badRequest('"since" is required: an ISO 8601 date or date-time, e.g. since=2024-05-01T00:00:00Z (since=1970-01-01 for everything).')
    }
    const since = parseSince(sinceParam)
    if (since === null) return badRequest(`"since" must be an ISO 8601 date or date-time with a time zone, e.g. 2024-05-01T12:00:00Z; got "${sinceParam}".`)

    const limit = params.has('limit') ? Number(params.get('limit')) : DEFAULT_PAGE_SIZE
    if (!Number.isInteger(limit) || limit < 1 || limit > API_LIMITS.maxPageSize) {
      return badRequest(`"limit" must be a whole number from 1 to ${API_LIMITS.maxPageSize}.`)
    }
    const page = params.has('page') ? Number(params.get('page')) : 1
    if (!Number.isInteger(page) || page < 1) return badRequest('"page" must be a whole number from 1.')

    const and: Where[] = [{ occurredAt: { greater_than_equal: since.toISOString() } }]
    const collection = params.get('collection')
    if (collection !== null) {
      if (!(CONTENT_COLLECTION_SLUGS as readonly string[]).includes(collection)) {
        return badRequest(`Unknown collection "${collection}": use one of ${CONTENT_COLLECTION_SLUGS.join(', ')}.`)
      }
      and.push({ documentCollection: { equals: collection } })
    }

    const result = await req.payload.find({
      collection: CONTENT_CHANGES_SLUG,
      where: { and },
      sort: ['occurredAt', 'id'],
      limit,
      page,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const docs = (result.docs as ChangeDoc[]).map((change) => ({
      id: String(change.id),
      collection: change.documentCollection,
      documentId: change.documentId,
      kind: change.kind,
      slug: slugsOf(change.slug),
      occurredAt: change.occurredAt,
    }))
    return Response.json({
      docs,
      totalDocs: result.totalDocs,
      limit: result.limit,
      page: result.page ?? page,
      totalPages: result.totalPages,
      hasNextPage: result.hasNextPage,
      hasPrevPage: result.hasPrevPage,
      nextPage: result.nextPage ?? null,
      prevPage: result.prevPage ?? null,
    })
  },
}
