import type { MetadataRoute } from 'next'

/** One URL of a sitemap (Next's shape: the site's entry builder already produces it). */
export type SitemapEntry = MetadataRoute.Sitemap[number]

/** The sitemaps.org limit of URLs per sitemap file (and per index). */
export const SITEMAP_MAX_URLS = 50_000

const escapeXml = (value: string) =>
  value.replace(/[<>&'"]/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[character] ?? character)

const lastmodOf = (value: SitemapEntry['lastModified']) => {
  if (value === undefined || value === '') return ''
  const text = value instanceof Date ? value.toISOString() : value
  return `<lastmod>${escapeXml(text)}</lastmod>`
}

/** A `<urlset>` with hreflang alternates (`xhtml:link`), as search engines read them. */
export function urlsetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const alternates = Object.entries(entry.alternates?.languages ?? {})
      .filter((pair): pair is [string, string] => typeof pair[1] === 'string')
      .map(([language, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(href)}"/>`)
      .join('')
    return `<url><loc>${escapeXml(entry.url)}</loc>${alternates}${lastmodOf(entry.lastModified)}</url>`
  })
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls.join('\n')}\n</urlset>\n`
  )
}

/** A `<sitemapindex>` of child sitemaps. */
export function sitemapIndexXml(children: readonly { loc: string; lastmod?: string }[]): string {
  const items = children.map((child) => `<sitemap><loc>${escapeXml(child.loc)}</loc>${child.lastmod ? `<lastmod>${escapeXml(child.lastmod)}</lastmod>` : ''}</sitemap>`)
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    `${items.join('\n')}\n</sitemapindex>\n`
  )
}
