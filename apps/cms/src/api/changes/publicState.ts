import type { PayloadRequest } from 'payload'

import { CONTENT_CHANGES_SLUG } from '../../collections/ContentChanges'
import { LOCALES } from '../../localization'
import type { ChangeKind } from './changeKinds'

export type SlugsByLocale = Partial<Record<(typeof LOCALES)[number], string | null>>
export type PublicState = { isPublic: boolean; slug: SlugsByLocale }

type RawDocument = { _status?: unknown; slug?: unknown }

/**
 * The document as readers see it now: the main record, not the latest draft (drafts of a
 * published document live in its versions). Read at the database level with every
 * locale, inside the request's transaction.
 */
export async function currentPublicState(req: PayloadRequest, collection: string, id: number | string): Promise<PublicState | null> {
  const doc = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, locale: 'all', req })) as RawDocument | null
  if (!doc) return null
  return { isPublic: doc._status === 'published', slug: slugsOf(doc.slug) }
}

export function slugsOf(value: unknown): SlugsByLocale {
  const slug: SlugsByLocale = {}
  for (const locale of LOCALES) {
    if (typeof value === 'object' && value !== null) {
      const localized = (value as Record<string, unknown>)[locale]
      slug[locale] = typeof localized === 'string' ? localized : null
    } else {
      slug[locale] = null
    }
  }
  return slug
}

/** The last change recorded for a document: whether readers could see it then. */
export async function lastRecordedKind(req: PayloadRequest, collection: string, id: number | string): Promise<ChangeKind | null> {
  const { docs } = await req.payload.find({
    collection: CONTENT_CHANGES_SLUG,
    where: { and: [{ documentCollection: { equals: collection } }, { documentId: { equals: String(id) } }] },
    sort: '-occurredAt',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const kind = (docs[0] as { kind?: ChangeKind } | undefined)?.kind
  return kind ?? null
}

export const wasPublicAfter = (kind: ChangeKind | null): boolean | null => (kind === null ? null : kind === 'published' || kind === 'updated')
