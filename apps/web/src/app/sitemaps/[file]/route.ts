import { currentSitemap } from '@/lib/sitemap/lastGoodSitemap'
import { sitemapResponse, sitemapUnavailable } from '@/lib/sitemap/sitemapResponse'
import { urlsetXml } from '@/lib/sitemap/sitemapXml'

export const dynamic = 'force-dynamic'

/** `/sitemaps/<n>.xml`: the n-th child sitemap listed by /sitemap.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const match = /^(0|[1-9]\d{0,5})\.xml$/.exec((await params).file)
  if (!match) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  try {
    const chunk = (await currentSitemap()).chunks[Number(match[1])]
    if (!chunk) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    return sitemapResponse(urlsetXml(chunk))
  } catch (error) {
    return sitemapUnavailable(error)
  }
}
