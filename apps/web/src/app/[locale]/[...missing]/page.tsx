import { notFound } from 'next/navigation'

/**
 * Any folder path under a locale that no page claims (e.g. `/en/key-figures/x`): status 404. The
 * proxy recognises the 404 and serves the locale's server-rendered 404 page in its place
 * (`[locale]/page-not-found`); addresses it can tell are unknown from the path alone go there directly.
 */
export default function MissingPage(): never {
  notFound()
}
