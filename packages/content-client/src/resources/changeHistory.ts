import type { Fetcher, RequestOptions } from '../fetcher'
import type { Locale } from '../locale'
import { withQuery } from '../query'
import { documentTags, tags } from '../tags'
import type { ContentCollectionSlug } from '../types'
import type { PageCollectionSlug } from '@crn/site-contract'

/** One published change of a page: when, and the public note (never who). */
export interface PublicChange {
  date: string
  note: string | null
}

export interface ChangeHistoryResource {
  /** The public change history of a document, newest first (`GET /api/change-history/<collection>/<id>`). */
  forDocument(collection: ContentCollectionSlug, id: string, options?: RequestOptions & { locale?: Locale }): Promise<PublicChange[]>
  /** The same, the page named by its slug in `locale` (`GET /api/change-history/<collection>?slug=`), as the site addresses it. */
  forSlug(collection: PageCollectionSlug, slug: string, options?: RequestOptions & { locale?: Locale }): Promise<PublicChange[]>
  /** The public change history of a global page (`GET /api/change-history/globals/<slug>`). */
  forGlobal(slug: 'research-overview', options?: RequestOptions & { locale?: Locale }): Promise<PublicChange[]>
}

export function createChangeHistory(fetcher: Fetcher): ChangeHistoryResource {
  const read = async (path: string, cacheTags: string[], { locale, tags: extraTags, revalidate, timeoutMs, signal }: RequestOptions & { locale?: Locale }, slug?: string) => {
    const query = slug === undefined ? withQuery(path, { locale }) : `${path}?${new URLSearchParams({ slug, ...(locale ? { locale } : {}) }).toString()}`
    const body = await fetcher.json<{ entries: PublicChange[] }>(query, { tags: [...cacheTags, ...(extraTags ?? [])], revalidate, timeoutMs, signal })
    return body.entries
  }
  return {
    // The history changes with the document: it carries the document's own cache tags.
    forDocument: (collection, id, options = {}) =>
      read(`/change-history/${collection}/${encodeURIComponent(String(id))}`, documentTags(collection, id), options),
    // The document's id is not known here: the collection's tag refreshes it with any of its documents.
    forSlug: (collection, slug, options = {}) => read(`/change-history/${collection}`, documentTags(collection, undefined), options, slug),
    forGlobal: (slug, options = {}) => read(`/change-history/globals/${slug}`, [tags.global(slug), tags.all], options),
  }
}
