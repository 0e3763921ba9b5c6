import { env } from '@/env'
import { currentSitemap } from '@/lib/sitemap/lastGoodSitemap'
import { sitemapIndexXml } from '@/lib/sitemap/sitemapXml'
import { sitemapResponse, sitemapUnavailable } from '@/lib/sitemap/sitemapResponse'

// Built at request time (the CMS may be down while building the site), served from memory.
export const dynamic = 'force-dynamic'

/** `/sitemap.xml`: the sitemap index; each child (`/sitemaps/<n>.xml`) holds at most 50,000 URLs. */
export async function GET(): Promise<Response> {
  try {
    const sitemap = await currentSitemap()
    const lastmod = sitemap.builtAt.toISOString()
    return sitemapResponse(sitemapIndexXml(sitemap.chunks.map((_, index) => ({ loc: `${env.WEB_URL}/sitemaps/${index}.xml`, lastmod }))))
  } catch (error) {
    return sitemapUnavailable(error)
  }
}
