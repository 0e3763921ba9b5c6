import type { Redirect } from '@crn/content-types'
import { PAGE_COLLECTIONS } from '@crn/site-contract'

import type { Fetcher, RequestOptions } from '../fetcher'
import { withQuery } from '../query'
import { tags } from '../tags'

export interface RedirectsResource {
  /**
   * The redirect entry for an old site address (`/nb/forskning/prosjekter/gammelt-navn`), or null.
   * Its target document comes populated (depth 2: a section with its department), so the caller
   * can build the target's current address in the same locale. Tagged with the redirects and the
   * page collections: a new entry or a renamed target refreshes the answer.
   */
  forAddress(path: string, options?: RequestOptions): Promise<Redirect | null>
}

export function createRedirects(fetcher: Fetcher): RedirectsResource {
  return {
    forAddress: async (path, options = {}) => {
      const locale = path.split('/')[1]
      const query = withQuery('/redirects', { where: { from: { equals: path } }, depth: 2, limit: 1, locale: locale === 'en' ? 'en' : 'nb' })
      const result = await fetcher.json<{ docs: Redirect[] }>(query, {
        ...options,
        tags: [tags.redirects, ...PAGE_COLLECTIONS.map((slug) => tags.collection(slug)), tags.all, ...(options.tags ?? [])],
      })
      return result.docs[0] ?? null
    },
  }
}
