import { currentSitemap } from '@/lib/sitemap/lastGoodSitemap'
import { sitemapResponse, sitemapUnavailable } from '@/lib/sitemap/sitemapResponse'

export const dynamic = 'force-dynamic'

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** `/sitemaps/<n>.xml`: the n-th child sitemap listed by /sitemap.xml. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const match = /^(0|[1-9]\d{0,5})\.xml$/.exec((await params).file)
  if (!match) return notFound()
  try {
    const file = (await currentSitemap()).files[Number(match[1])]
    return file ? sitemapResponse(request, file) : notFound()
  } catch (error) {
    return sitemapUnavailable(error)
  }
}
