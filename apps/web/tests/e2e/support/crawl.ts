import { siteUrl } from './state'

export interface CrawlResult {
  /** Every same-origin URL fetched (path + query) and its status. */
  statuses: Map<string, number>
  /** Where each URL was first linked from. */
  linkedFrom: Map<string, string>
  /** True when the crawl stopped at the page limit with links still queued. */
  truncated: boolean
}

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x2F;/gi, '/')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

/** Links a page offers: `<a href>` plus the `<link>`s a crawler follows (hreflang alternates, canonical). */
export function extractLinks(html: string): string[] {
  const links: string[] = []
  for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gi)) if (match[1] !== undefined) links.push(decodeEntities(match[1]))
  for (const match of html.matchAll(/<link\b[^>]*?\brel="(?:alternate|canonical)"[^>]*>/gi)) {
    const href = /\shref="([^"]*)"/i.exec(match[0])?.[1]
    if (href !== undefined) links.push(decodeEntities(href))
  }
  return links
}

/**
 * Breadth-first crawl of the site from `starts`, same origin only, at most `maxPages` pages,
 * `concurrency` requests at a time. Redirects are not followed: an internal link must answer 200.
 */
export async function crawlSite(starts: string[], { maxPages = 200, concurrency = 4 } = {}): Promise<CrawlResult> {
  const origin = new URL(siteUrl('/')).origin
  const statuses = new Map<string, number>()
  const linkedFrom = new Map<string, string>()
  const queue: string[] = []
  const enqueue = (href: string, from: string) => {
    let url: URL
    try {
      url = new URL(href, `${origin}${from.startsWith('/') ? from : '/'}`)
    } catch {
      linkedFrom.set(href, from)
      statuses.set(href, -1)
      return
    }
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return
    const key = `${url.pathname}${url.search}`
    if (linkedFrom.has(key)) return
    linkedFrom.set(key, from)
    queue.push(key)
  }
  for (const start of starts) enqueue(start, '(start)')

  const visit = async (pathname: string) => {
    const response = await fetch(`${origin}${pathname}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000) })
    statuses.set(pathname, response.status)
    const isHtml = (response.headers.get('content-type') ?? '').includes('text/html')
    if (response.status === 200 && isHtml) {
      for (const href of extractLinks(await response.text())) enqueue(href, pathname)
    } else {
      await response.arrayBuffer()
    }
  }

  while (queue.length > 0 && statuses.size < maxPages) {
    const batch = queue.splice(0, Math.min(concurrency, maxPages - statuses.size))
    await Promise.all(batch.map(visit))
  }
  return { statuses, linkedFrom, truncated: queue.length > 0 }
}
