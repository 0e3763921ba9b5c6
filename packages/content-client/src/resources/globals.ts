import { ContentNotFoundError } from '../errors'
import type { Fetcher, RequestOptions } from '../fetcher'
import type { FallbackLocale, Locale } from '../locale'
import { withQuery } from '../query'
import { tags } from '../tags'
import type { Depth, GlobalOf, GlobalSelectOf, GlobalSlug } from '../types'

/** Options of a global read. */
export interface GlobalReadOptions<TSlug extends GlobalSlug = GlobalSlug> extends RequestOptions {
  locale?: Locale | 'all'
  fallbackLocale?: FallbackLocale
  depth?: Depth
  /** Only these fields (`{ title: true }`), or all but these (`{ body: false }`). */
  select?: GlobalSelectOf<TSlug>
  /** Preview clients: the latest draft (`false` for the published version); see `CollectionQuery.draft`. */
  draft?: boolean
}

export interface GlobalsResource {
  /** A global; throws `ContentNotFoundError` when it was never saved or is not published. */
  get<TSlug extends GlobalSlug>(slug: TSlug, options?: GlobalReadOptions<TSlug>): Promise<GlobalOf<TSlug>>
  /** The "Departments and researchers" overview text and research goals. */
  researchOverview(options?: GlobalReadOptions<'research-overview'>): Promise<GlobalOf<'research-overview'>>
  /** The site's main menu. */
  navigation(options?: GlobalReadOptions<'navigation'>): Promise<GlobalOf<'navigation'>>
}

export function createGlobals(fetcher: Fetcher): GlobalsResource {
  async function get<TSlug extends GlobalSlug>(slug: TSlug, options: GlobalReadOptions<TSlug> = {}): Promise<GlobalOf<TSlug>> {
    const { tags: extraTags, revalidate, timeoutMs, signal, draft, ...query } = options
    const path = withQuery(`/globals/${slug}`, { ...query, draft: fetcher.draftFor(draft) })
    const doc = await fetcher.json<Partial<GlobalOf<TSlug>>>(path, {
      tags: [tags.global(slug), tags.all, ...(extraTags ?? [])],
      revalidate,
      timeoutMs,
      signal,
    })
    // Payload answers `{}` for a global that was never saved or has no published version.
    if (doc.id === undefined) throw new ContentNotFoundError(`The global "${slug}" has no published content`, fetcher.url(path))
    return doc as GlobalOf<TSlug>
  }
  return {
    get,
    researchOverview: (options) => get('research-overview', options),
    navigation: (options) => get('navigation', { depth: 1, ...options }),
  }
}
