import { describe, expect, it } from '@jest/globals'

import { sitemapIndexXml, urlsetXml } from '@/lib/sitemap/sitemapXml'

describe('sitemap XML', () => {
  it('writes each URL with its hreflang alternates and date, escaping XML', () => {
    const xml = urlsetXml([
      {
        url: 'https://example.org/en/research/projects/a&b',
        lastModified: '2025-03-04',
        alternates: { languages: { 'nb-NO': 'https://example.org/nb/forskning/prosjekter/a&b', 'en-GB': 'https://example.org/en/research/projects/a&b' } },
      },
    ])
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">')
    expect(xml).toContain('<loc>https://example.org/en/research/projects/a&amp;b</loc>')
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="nb-NO" href="https://example.org/nb/forskning/prosjekter/a&amp;b"/>')
    expect(xml).toContain('<lastmod>2025-03-04</lastmod>')
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|apos;|quot;)/)
  })

  it('leaves out a date that is not known', () => {
    expect(urlsetXml([{ url: 'https://example.org/en' }])).not.toContain('<lastmod>')
  })

  it('lists the child sitemaps in an index', () => {
    const xml = sitemapIndexXml([{ loc: 'https://example.org/sitemaps/0.xml', lastmod: '2025-03-04T00:00:00.000Z' }, { loc: 'https://example.org/sitemaps/1.xml' }])
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect([...xml.matchAll(/<sitemap><loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual(['https://example.org/sitemaps/0.xml', 'https://example.org/sitemaps/1.xml'])
  })
})
