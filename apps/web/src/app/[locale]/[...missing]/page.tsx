import { notFound } from 'next/navigation'

/**
 * Any folder path under a locale that no page claims (e.g. `/en/key-figures/x`): the locale's 404
 * page (`[locale]/not-found.tsx`), status 404. The proxy rewrites addresses it can tell are unknown
 * from the path alone here too (`notFoundPath`).
 */
export default function MissingPage(): never {
  notFound()
}
