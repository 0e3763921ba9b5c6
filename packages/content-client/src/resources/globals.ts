import { ContentNotFoundError } from '../errors'
import type { Fetcher, RequestOptions } from '../fetcher'
import type { FindParams } from '../query'
import { withQuery } from '../query'
import { tags } from '../tags'
import type { GlobalOf, GlobalSlug } from '../types'

export type GlobalReadOptions = Pick<FindParams, 'locale' | 'fallbackLocale' | 'depth'> & RequestOptions

export interface GlobalsResource {
  /** A global; throws `ContentNotFoundError` when it was never saved or is not published. */
  get<TSlug extends GlobalSlug>(slug: TSlug, options?: GlobalReadOptions): Promise<GlobalOf<TSlug>>
  /** The "Departments and researchers" overview text and research goals. */
  researchOverview(options?: GlobalReadOptions): Promise<GlobalOf<'research-overview'>>
  /** The site's main menu. */
  navigation(options?: GlobalReadOptions): Promise<GlobalOf<'navigation'>>
}

export function createGlobals(fetcher: Fetcher): GlobalsResource {
  async function get<TSlug extends GlobalSlug>(slug: TSlug, options: GlobalReadOptions = {}): Promise<GlobalOf<TSlug>> {
    const { tags: extraTags, revalidate, timeoutMs, signal, ...query } = options
    const path = withQuery(`/globals/${slug}`, query)
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
