import { notFound } from 'next/navigation'

/**
 * Any folder path under a locale that no page claims (e.g. `/en/key-figures/x`): status 404, which
 * the edge answers with the locale's 404 page. The proxy rewrites addresses it can tell are unknown
 * from the path alone here too (`missingPath`).
 */
export default function MissingPage(): never {
  notFound()
}
