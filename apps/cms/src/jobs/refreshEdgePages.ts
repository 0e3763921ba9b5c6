import type { PayloadRequest } from 'payload'

import { documentPath, isPageCollection, type Locale, LOCALES, type PageCollectionSlug, type RelatedLookup } from '@crn/site-contract'

import { env } from '../env'

/**
 * Request header that asks the edge to fetch a page again now instead of answering from its
 * micro-cache (`proxy_cache_bypass`). The edge honours it only from its own host (loopback) and
 * answers 403 to anyone else who sends it (deploy/edge/crn-edge.conf.template).
 */
export const EDGE_REFRESH_HEADER = 'x-crn-edge-refresh'

/** Next answers the first request after a revalidation from its stale copy while it re-renders. */
const STALE_RETRY_MS = 100
const REFRESH_DEADLINE_MS = 5_000

/** `doc:projects:7` → { collection: 'projects', id: '7' } for collections whose documents have a page. */
function pageDocuments(tags: readonly string[]) {
  return tags.flatMap((tag) => {
    const [kind, collection, id] = tag.split(':')
    return kind === 'doc' && isPageCollection(collection) && id ? [{ collection, id }] : []
  })
}

/**
 * After the site has revalidated a published document, refreshes the edge's copy of the
 * document's own page in both languages: without this the edge keeps its copy until the end of
 * its micro-cache second (1–2 s, nginx counts whole seconds) and then serves it once more while
 * it updates, which put publish → visible past 2 s. Listings and other pages that show the
 * document follow within that second. Best effort: a failure is logged, never retried, because
 * the micro-cache expires on its own.
 *
 * The request goes to the site's public address (WEB_URL, the edge). Only when the CMS runs on
 * the edge's host does the edge accept the header; elsewhere the edge answers 403 and the page
 * refreshes with the micro-cache.
 */
export async function refreshEdgePages(req: PayloadRequest, tags: readonly string[]): Promise<string[]> {
  const documents = pageDocuments(tags)
  if (documents.length === 0) return []
  // As a visitor reads it: the published version, through the collection's access rules.
  const readPublished = async (collection: PageCollectionSlug, id: string, locale: Locale) => {
    const doc = await req.payload.findByID({ collection, id, locale, depth: 0, overrideAccess: false, disableErrors: true })
    return doc ? (doc as unknown as Record<string, unknown>) : null
  }
  const lookup: RelatedLookup = readPublished
  const pagePaths = new Set<string>()
  for (const { collection, id } of documents) {
    for (const locale of LOCALES) {
      const doc = await readPublished(collection, id, locale)
      // Unpublished or deleted: nothing public to refresh (the site's 404 follows the micro-cache).
      if (doc) pagePaths.add(await documentPath(collection, doc, locale, lookup))
    }
  }
  const refreshed: string[] = []
  await Promise.all(
    [...pagePaths].map(async (pagePath) => {
      const url = new URL(pagePath, env.WEB_URL).toString()
      const deadline = Date.now() + REFRESH_DEADLINE_MS
      try {
        for (;;) {
          const response = await fetch(url, { headers: { [EDGE_REFRESH_HEADER]: '1' }, signal: AbortSignal.timeout(REFRESH_DEADLINE_MS) })
          await response.body?.cancel()
          // STALE: Next served its old render and is re-rendering; the edge did not keep it. Ask again.
          if (response.headers.get('x-nextjs-cache') !== 'STALE' || Date.now() > deadline) {
            if (response.ok) refreshed.push(pagePath)
            return
          }
          await new Promise((resolve) => setTimeout(resolve, STALE_RETRY_MS))
        }
      } catch (error) {
        req.payload.logger.warn({ url }, `Edge refresh failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    }),
  )
  return refreshed
}
