import type { PayloadRequest } from 'payload'

import { documentPath, LOCALES, type Locale, type PageCollectionSlug, paths, type RelatedLookup } from '@crn/site-contract'

import { readInLocale } from '../lib/readInLocale'

/** Where a published page lives on the site, in one locale. */
export type PublicAddress = { collection: PageCollectionSlug; id: string; locale: Locale; path: string }

type Doc = Record<string, unknown>

/** Reads the published state of a document in a locale (the address readers have), or null. */
async function readPublished(req: PayloadRequest, collection: 'departments' | 'sections' | PageCollectionSlug, id: string, locale: Locale): Promise<Doc | null> {
  const doc = (await readInLocale(req, () =>
    req.payload.findByID({ collection, id, locale, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req }),
  )) as Doc | null
  return doc && doc._status === 'published' ? doc : null
}

const publishedLookup =
  (req: PayloadRequest): RelatedLookup =>
  (collection, id, locale) =>
    readPublished(req, collection, id, locale)

/**
 * The public addresses of a published page in every locale, built from the shared map of the
 * site, plus those of the pages whose address contains its slug (a department's sections).
 */
export async function publicAddresses(req: PayloadRequest, collection: PageCollectionSlug, id: string): Promise<PublicAddress[]> {
  const lookup = publishedLookup(req)
  const addresses: PublicAddress[] = []
  for (const locale of LOCALES) {
    const doc = await readPublished(req, collection, id, locale)
    if (!doc || typeof doc.slug !== 'string' || doc.slug === '') continue
    const path = await documentPath(collection, doc, locale, lookup)
    // A page whose parent is not public has no address of its own (documentPath falls back to the overview).
    if (path !== paths.research(locale)) addresses.push({ collection, id, locale, path })
  }
  if (collection === 'departments') {
    const sections = await readInLocale(req, () => req.payload.find({
      collection: 'sections',
      where: { department: { equals: id } },
      depth: 0,
      limit: 200,
      pagination: false,
      draft: false,
      overrideAccess: true,
      select: {},
      req,
    }))
    for (const section of sections.docs) addresses.push(...(await publicAddresses(req, 'sections', String(section.id))))
  }
  return addresses
}
