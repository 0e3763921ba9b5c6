/** An XML sitemap answer; shared caches may keep it for a minute. */
export function sitemapResponse(xml: Buffer): Response {
  return new Response(new Uint8Array(xml), { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=60' } })
}

/** No sitemap was ever built in this process and the CMS cannot be read: 503 (crawlers retry), never a 500. */
export function sitemapUnavailable(error: unknown): Response {
  console.error(`[web] sitemap unavailable: ${error instanceof Error ? error.message : String(error)}`)
  return new Response('The sitemap is temporarily unavailable.', {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60', 'Cache-Control': 'no-store' },
  })
}
