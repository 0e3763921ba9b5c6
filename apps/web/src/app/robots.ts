import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { env } from '@/env'

/** Everything public may be indexed except search results; the sitemap lists every page. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  // Rendered per request: the sitemap URL must use the running server's WEB_URL, not the build's.
  await connection()
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/nb/sok', '/en/search', '/api/'] }],
    sitemap: `${env.WEB_URL}/sitemap.xml`,
  }
}
