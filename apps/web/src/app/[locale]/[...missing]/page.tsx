import { notFound } from 'next/navigation'

/** Any path under a locale that no page claims: the locale's 404 page (with status 404). */
export default function MissingPage(): never {
  notFound()
}
