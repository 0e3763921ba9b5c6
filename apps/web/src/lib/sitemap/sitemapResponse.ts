import type { SitemapFile } from './lastGoodSitemap'

/** Whether the client accepts gzip (`Accept-Encoding`, honouring `gzip;q=0`). */
export function acceptsGzip(request: Request): boolean {
  const header = request.headers.get('accept-encoding') ?? ''
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    if (coding !== 'gzip' && coding !== '*') return false
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

/**
 * An XML sitemap answer; shared caches may keep it for a minute. A client that accepts gzip gets
 * the copy compressed when the sitemap was built (`Content-Encoding: gzip`): the server's own
 * compression skips an answer that is already encoded, so a large sitemap costs a memory copy per
 * request, not a compression. `Vary: Accept-Encoding` keeps caches from mixing the two.
 */
export function sitemapResponse(request: Request, file: SitemapFile): Response {
  const gzip = acceptsGzip(request)
  const headers: Record<string, string> = {
    'Content-Type': 'application/xml; charset=utf-8',
    'Cache-Control': 'public, max-age=60',
    Vary: 'Accept-Encoding',
  }
  if (gzip) headers['Content-Encoding'] = 'gzip'
  return new Response(new Uint8Array(gzip ? file.gzip : file.xml), { headers })
}

/** No sitemap was ever built in this process and the CMS cannot be read: 503 (crawlers retry), never a 500. */
export function sitemapUnavailable(error: unknown): Response {
  console.error(`[web] sitemap unavailable: ${error instanceof Error ? error.message : String(error)}`)
  return new Response('The sitemap is temporarily unavailable.', {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60', 'Cache-Control': 'no-store' },
  })
}
