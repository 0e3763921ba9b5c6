import type { Payload } from 'payload'

import { ApiError } from '../errors/apiError'

/** Conditional writes waiting for or holding each document, by "collection/id" (one CMS process). */
const queues = new Map<string, Promise<unknown>>()

/** The version a client says it read: `If-Match: "<updatedAt>"` (quotes and W/ optional), or null. */
export function expectedVersion(headers: Headers): string | null {
  const value = headers.get('if-match')?.trim()
  if (!value || value === '*') return null
  return value.replace(/^W\//, '').replace(/^"(.*)"$/, '$1')
}

/**
 * Lost-update protection for API writes: `PATCH`/`PUT /api/<collection>/<id>` (or a global's
 * `POST /api/globals/<slug>`) with `If-Match: "<updatedAt the client read>"` is applied only
 * when the document has not changed since; otherwise 409 naming `updatedAt`, and the client
 * reads again and merges. Conditional writes to one document run one at a time, so two
 * editors saving the same version cannot both win. (One CMS process: SQLite. With several
 * processes on MongoDB, the check narrows the window but does not close it.) The admin UI
 * does not send If-Match: document locking protects it.
 */
export async function withPrecondition(payload: Payload, method: string, segments: readonly string[], headers: Headers, write: () => Promise<Response>): Promise<Response> {
  const expected = expectedVersion(headers)
  const target = conditionalTarget(payload, method, segments)
  if (expected === null || target === null) return write()
  const key = target.kind === 'global' ? `globals/${target.slug}` : `${target.slug}/${target.id}`
  const previous = queues.get(key) ?? Promise.resolve()
  const turn = previous.catch(() => undefined).then(async () => {
    const current = await currentVersion(payload, target)
    if (current === null) throw new ApiError(404, 'Not Found')
    if (current !== expected) {
      throw new ApiError(409, `The document changed since you read it (it is now at updatedAt ${current}, you sent ${expected}): read it again, merge, and retry.`, { field: 'updatedAt' })
    }
    return write()
  })
  queues.set(key, turn)
  try {
    return await turn
  } finally {
    if (queues.get(key) === turn) queues.delete(key)
  }
}

type Target = { kind: 'document'; slug: string; id: string } | { kind: 'global'; slug: string }

function conditionalTarget(payload: Payload, method: string, segments: readonly string[]): Target | null {
  const [first, second] = segments
  if ((method === 'PATCH' || method === 'PUT') && segments.length === 2 && first !== undefined && second !== undefined && first in payload.collections) {
    return { kind: 'document', slug: first, id: second }
  }
  if (method === 'POST' && segments.length === 2 && first === 'globals' && second !== undefined && payload.globals.config.some((global) => global.slug === second)) {
    return { kind: 'global', slug: second }
  }
  return null
}

/** The stored `updatedAt` (the newest version, drafts included), read past access control. */
async function currentVersion(payload: Payload, target: Target): Promise<string | null> {
  if (target.kind === 'global') {
    const global = (await payload.findGlobal({ slug: target.slug, draft: true, depth: 0, overrideAccess: true })) as { updatedAt?: unknown }
    return typeof global.updatedAt === 'string' ? global.updatedAt : null
  }
  const doc = (await payload.findByID({ collection: target.slug, id: target.id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })) as { updatedAt?: unknown } | null
  return typeof doc?.updatedAt === 'string' ? doc.updatedAt : null
}
