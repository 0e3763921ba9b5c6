import type { PayloadRequest, Where } from 'payload'

import type { PageCollectionSlug } from '@crn/site-contract'

export const REDIRECTS_SLUG = 'redirects'

/** Request context flag: writes made by the redirect rules themselves (no second round of rules). */
export const REDIRECT_RULES_CONTEXT = 'crnRedirectRules'

type Entry = { id: string | number; from: string; to?: { type?: string | null; url?: string | null } | null }

async function entriesWhere(req: PayloadRequest, where: Where): Promise<Entry[]> {
  const result = await req.payload.find({ collection: REDIRECTS_SLUG, where, depth: 0, limit: 500, pagination: false, overrideAccess: true, req })
  return result.docs as unknown as Entry[]
}

const internalWrite = (req: PayloadRequest) => ({ req, overrideAccess: true, depth: 0, context: { [REDIRECT_RULES_CONTEXT]: true } })

/**
 * `from` now leads to the document (wherever its address is at the time of the visit): creates
 * the entry or points an existing one there, and repoints entries whose custom target was `from`
 * (a chain collapses to one hop).
 */
export async function redirectToDocument(req: PayloadRequest, from: string, target: { relationTo: PageCollectionSlug; value: string }): Promise<void> {
  const to = { type: 'reference', reference: target }
  const [existing] = await entriesWhere(req, { from: { equals: from } })
  if (existing) await req.payload.update({ collection: REDIRECTS_SLUG, id: existing.id, data: { to }, ...internalWrite(req) })
  else await req.payload.create({ collection: REDIRECTS_SLUG, data: { from, to }, ...internalWrite(req) })
  await repointChainsThrough(req, from, to)
}

/** Entries that sent visitors to `address` (a custom target) go straight to `to` instead. */
export async function repointChainsThrough(req: PayloadRequest, address: string, to: Record<string, unknown>): Promise<void> {
  for (const entry of await entriesWhere(req, { and: [{ 'to.type': { equals: 'custom' } }, { 'to.url': { equals: address } }] })) {
    if (entry.from === address) continue
    await req.payload.update({ collection: REDIRECTS_SLUG, id: entry.id, data: { to }, ...internalWrite(req) })
  }
}

/** An address that is a page again stops redirecting (else the page could never be reached: a loop). */
export async function stopRedirectingFrom(req: PayloadRequest, address: string): Promise<void> {
  for (const entry of await entriesWhere(req, { from: { equals: address } })) {
    await req.payload.delete({ collection: REDIRECTS_SLUG, id: entry.id, ...internalWrite(req) })
  }
}

/** The entry that redirects `address`, if any. */
export async function entryFrom(req: PayloadRequest, address: string): Promise<Entry | undefined> {
  return (await entriesWhere(req, { from: { equals: address } }))[0]
}
