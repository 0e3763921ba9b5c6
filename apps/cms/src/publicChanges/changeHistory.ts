import type { PayloadRequest, TypedLocale } from 'payload'

/** One entry of a page's public change history: when a change was published, and its note. Never who made it. */
export type PublicChange = { date: string; note: string | null }

/** Pages with a public change history: content collections and the overview global. */
export const HISTORY_COLLECTIONS = ['departments', 'sections', 'projects', 'screening-programmes', 'biobank-facts', 'key-figures', 'people'] as const
export const HISTORY_GLOBALS = ['research-overview'] as const
export type HistoryCollection = (typeof HISTORY_COLLECTIONS)[number]
export type HistoryGlobal = (typeof HISTORY_GLOBALS)[number]

/** How many published changes the history shows (versions beyond `maxPerDoc` are pruned anyway). */
const HISTORY_LENGTH = 20

type VersionDoc = { updatedAt: string; version: { _status?: string; minorChange?: boolean | null; changeNote?: string | null; lastUpdated?: string | null } }

/**
 * The published, non-minor changes of a document, newest first, from its versions. Only
 * the date and the public note are returned: editor names and drafts stay internal.
 */
function toHistory(versions: VersionDoc[]): PublicChange[] {
  return versions
    .filter(({ version }) => version._status === 'published' && version.minorChange !== true)
    .map(({ version, updatedAt }) => ({ date: version.lastUpdated ?? updatedAt, note: version.changeNote?.trim() || null }))
    // Versions of one change (e.g. the bokmål and English writes of an import) share its date: list it once.
    .filter((entry, index, all) => index === 0 || all[index - 1]?.date !== entry.date)
    .slice(0, HISTORY_LENGTH)
}

const PUBLISHED_VERSIONS = { 'version._status': { equals: 'published' } } as const

export async function collectionHistory(req: PayloadRequest, collection: HistoryCollection, id: string, locale: TypedLocale): Promise<PublicChange[] | null> {
  // The document must be public: an unpublished page has no public history.
  const visible = await req.payload.find({ collection, where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: false, req, select: {} })
  if (visible.totalDocs === 0) return null
  const versions = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, PUBLISHED_VERSIONS] },
    sort: '-updatedAt',
    limit: HISTORY_LENGTH * 2,
    depth: 0,
    locale,
    overrideAccess: true,
    req,
  })
  return toHistory(versions.docs as unknown as VersionDoc[])
}

export async function globalHistory(req: PayloadRequest, slug: HistoryGlobal, locale: TypedLocale): Promise<PublicChange[]> {
  const versions = await req.payload.findGlobalVersions({
    slug,
    where: PUBLISHED_VERSIONS,
    sort: '-updatedAt',
    limit: HISTORY_LENGTH * 2,
    depth: 0,
    locale,
    overrideAccess: true,
    req,
  })
  return toHistory(versions.docs as unknown as VersionDoc[])
}
