import type { Endpoint, Where } from 'payload'

import { CONTENT_COLLECTION_SLUGS } from '../collections/contentSlugs'
import { CONTENT_CHANGES_SLUG } from '../collections/ContentChanges'
import { type ChangeCursor, decodeChangeCursor, encodeChangeCursor } from '../api/changes/changeCursor'
import { changeLogPrunedBefore } from '../api/changes/changeLogRetention'
import { parseSince } from '../api/changes/parseSince'
import { slugsOf } from '../api/changes/publicState'
import { API_LIMITS } from '../api/limits'
import { env } from '../env'

const DEFAULT_PAGE_SIZE = 50

type ChangeDoc = { id: number | string; documentCollection: string; documentId: string; kind: string; slug?: unknown; occurredAt: string }

const errorResponse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })
const badRequest = (message: string) => errorResponse(400, message)

/** Where the request starts reading: at an instant (`since`, inclusive) or just after a change (`after`). */
type Start = { since: Date; cursor?: ChangeCursor }

function startOf(params: URLSearchParams): Start | Response {
  const after = params.get('after')
  if (after !== null) {
    const cursor = decodeChangeCursor(after.trim())
    if (!cursor) return badRequest('"after" must be the "next" cursor of an earlier answer, unchanged.')
    return { since: new Date(cursor.occurredAt), cursor }
  }
  const sinceParam = params.get('since')
  if (sinceParam === null || sinceParam.trim() === '') {
    return badRequest('"since" (or "after") is required: an ISO 8601 date or date-time, e.g. since=2024-05-01T00:00:00Z (since=1970-01-01 for everything).')
  }
  const since = parseSince(sinceParam)
  if (since === null) return badRequest(`"since" must be an ISO 8601 date or date-time with a time zone, e.g. 2024-05-01T12:00:00Z; got "${sinceParam}".`)
  return { since }
}

/**
 * Keyset condition: changes at or after `since`, and for a cursor only those after it in
 * (occurredAt, id) order. Written as a range on occurredAt plus a filter on the few changes at
 * exactly the cursor's instant, so the database seeks the occurredAt index once and reads forward.
 */
function positionWhere({ since, cursor }: Start): Where[] {
  const and: Where[] = [{ occurredAt: { greater_than_equal: since.toISOString() } }]
  if (cursor) and.push({ or: [{ occurredAt: { not_equals: cursor.occurredAt } }, { id: { greater_than: cursor.id } }] })
  return and
}

/**
 * `GET /api/changes?since=<ISO 8601>` or `?after=<cursor>`: what was published, updated,
 * unpublished or deleted, oldest first in (occurredAt, id) order, `limit` ≤ 100 per answer,
 * optionally for one `collection`. Every answer carries `next`, the cursor to continue from
 * (also when it is empty, so a poller just keeps asking with it). A position older than what the
 * log still holds (CHANGES_RETENTION_DAYS) is a 410: the consumer must resync. `page` still
 * works (an offset after the position) for consumers written before cursors.
 */
export const changesEndpoint: Endpoint = {
  path: '/changes',
  method: 'get',
  handler: async (req) => {
    const params = req.searchParams
    const start = startOf(params)
    if (start instanceof Response) return start

    const limit = params.has('limit') ? Number(params.get('limit')) : DEFAULT_PAGE_SIZE
    if (!Number.isInteger(limit) || limit < 1 || limit > API_LIMITS.maxPageSize) {
      return badRequest(`"limit" must be a whole number from 1 to ${API_LIMITS.maxPageSize}.`)
    }
    const page = params.has('page') ? Number(params.get('page')) : 1
    if (!Number.isInteger(page) || page < 1) return badRequest('"page" must be a whole number from 1.')

    const and = positionWhere(start)
    const collection = params.get('collection')
    if (collection !== null) {
      if (!(CONTENT_COLLECTION_SLUGS as readonly string[]).includes(collection)) {
        return badRequest(`Unknown collection "${collection}": use one of ${CONTENT_COLLECTION_SLUGS.join(', ')}.`)
      }
      and.push({ documentCollection: { equals: collection } })
    }

    const prunedBefore = await changeLogPrunedBefore(req.payload)
    if (prunedBefore && start.since < prunedBefore) {
      return errorResponse(
        410,
        `The change log keeps ${env.CHANGES_RETENTION_DAYS} days: changes before ${prunedBefore.toISOString()} have been removed, so this position is too old. ` +
          `Resync: read the collections you mirror in full, then poll with since=<the time you started that read>.`,
      )
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
    const last = docs.at(-1)
    // Where to continue: after the last change returned; an empty answer keeps the position it was asked for.
    const next = last
      ? encodeChangeCursor({ occurredAt: new Date(last.occurredAt).toISOString(), id: last.id })
      : start.cursor
        ? encodeChangeCursor(start.cursor)
        : null
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
      next,
    })
  },
}
