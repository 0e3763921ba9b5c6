/**
 * An XML sitemap answer; shared caches may keep it for a minute. Left to the server (and the
 * edge) to compress: the index and the plain `N.xml` children.
 */
export function sitemapResponse(xml: Buffer): Response {
  return new Response(new Uint8Array(xml), { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=60' } })
}

/**
 * A child sitemap as a gzip file (`N.xml.gz`, which sitemaps.org and search engines accept), from
 * the copy compressed once when the sitemap was built. Sent as a file, not as `Content-Encoding`:
 * Next drops a route handler's `Content-Encoding` header (next/dist/server/send-response.js) and
 * compresses again, while `application/gzip` is not compressed by `next start` nor by the edge,
 * so a large child costs a memory copy per request, not a compression of megabytes.
 */
export function gzipSitemapResponse(gzip: Buffer): Response {
  return new Response(new Uint8Array(gzip), { headers: { 'Content-Type': 'application/gzip', 'Cache-Control': 'public, max-age=60' } })
}

/** No sitemap was ever built in this process and the CMS cannot be read: 503 (crawlers retry), never a 500. */
export function sitemapUnavailable(error: unknown): Response {
  console.error(`[web] sitemap unavailable: ${error instanceof Error ? error.message : String(error)}`)
  return new Response('The sitemap is temporarily unavailable.', {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60', 'Cache-Control': 'no-store' },
  })
}
