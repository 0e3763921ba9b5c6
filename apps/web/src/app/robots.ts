import type { MetadataRoute } from 'next'

import { env } from '@/env'

/** Everything public may be indexed except search results; the sitemap lists every page. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/nb/sok', '/en/search', '/api/'] }],
    sitemap: `${env.WEB_URL}/sitemap.xml`,
  }
}
