/**
 * An XML sitemap answer; shared caches may keep it for a minute. With `gzipped` (compressed once
 * per build) a client that accepts gzip gets that, and the server does not compress it again.
 */
export function sitemapResponse(request: Request, file: { xml: Buffer; gzipped?: Buffer }): Response {
  const acceptsGzip = file.gzipped !== undefined && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')
  const headers: Record<string, string> = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=60', Vary: 'Accept-Encoding' }
  if (acceptsGzip) headers['Content-Encoding'] = 'gzip'
  return new Response(new Uint8Array(acceptsGzip && file.gzipped ? file.gzipped : file.xml), { headers })
}

/** No sitemap was ever built in this process and the CMS cannot be read: 503 (crawlers retry), never a 500. */
export function sitemapUnavailable(error: unknown): Response {
  console.error(`[web] sitemap unavailable: ${error instanceof Error ? error.message : String(error)}`)
  return new Response('The sitemap is temporarily unavailable.', {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60', 'Cache-Control': 'no-store' },
  })
}
