import { currentSitemap } from '@/lib/sitemap/lastGoodSitemap'
import { gzipSitemapResponse, sitemapResponse, sitemapUnavailable } from '@/lib/sitemap/sitemapResponse'

export const dynamic = 'force-dynamic'

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** `/sitemaps/<n>.xml.gz`: the n-th child sitemap listed by /sitemap.xml, gzipped; `/sitemaps/<n>.xml`: the same as plain XML. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const match = /^(0|[1-9]\d{0,5})\.xml(\.gz)?$/.exec((await params).file)
  if (!match) return notFound()
  try {
    const file = (await currentSitemap()).files[Number(match[1])]
    if (!file) return notFound()
    return match[2] ? gzipSitemapResponse(file.gzip) : sitemapResponse(file.xml)
  } catch (error) {
    return sitemapUnavailable(error)
  }
}
