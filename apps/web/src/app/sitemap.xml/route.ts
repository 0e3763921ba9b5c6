import { env } from '@/env'
import { currentSitemap } from '@/lib/sitemap/lastGoodSitemap'
import { sitemapResponse, sitemapUnavailable } from '@/lib/sitemap/sitemapResponse'
import { sitemapIndexXml } from '@/lib/sitemap/sitemapXml'

// Built at request time (the CMS may be down while building the site), served from memory.
export const dynamic = 'force-dynamic'

/** `/sitemap.xml`: the sitemap index; each child (`/sitemaps/<n>.xml.gz`, gzipped) holds at most 50,000 URLs. */
export async function GET(): Promise<Response> {
  try {
    const sitemap = await currentSitemap()
    const lastmod = sitemap.builtAt.toISOString()
    const xml = Buffer.from(sitemapIndexXml(sitemap.files.map((_, index) => ({ loc: `${env.WEB_URL}/sitemaps/${index}.xml.gz`, lastmod }))), 'utf8')
    return sitemapResponse(xml)
  } catch (error) {
    return sitemapUnavailable(error)
  }
}
