import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { getSitemapEntries } from '@/lib/data/sitemap'

/** Every page in both locales, with hreflang alternates and last-modified dates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Rendered per request, never at build time (the CMS may be down then); the CMS reads
  // behind it are cached with their tags like every page's.
  await connection()
  return getSitemapEntries()
}
