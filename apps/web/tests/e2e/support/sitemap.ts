import { gunzipSync } from 'node:zlib'

import { expect } from '@jest/globals'

import { fetchSite } from './http'

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '')

/** The whole sitemap as a crawler reads it: the index at /sitemap.xml, then every child it lists. */
export async function readSitemap(): Promise<{ indexXml: string; children: string[]; xml: string; urls: string[] }> {
  const index = await fetchSite('/sitemap.xml')
  expect(index.status).toBe(200)
  expect(index.headers.get('content-type')).toMatch(/xml/)
  const indexXml = await index.text()
  expect(indexXml).toContain('<sitemapindex')
  const children = locs(indexXml)
  expect(children.length).toBeGreaterThan(0)
  const parts: string[] = []
  for (const child of children) {
    const response = await fetchSite(new URL(child).pathname)
    expect({ child, status: response.status }).toEqual({ child, status: 200 })
    // Children are gzip files (`N.xml.gz`), unpacked as a crawler does.
    const bytes = Buffer.from(await response.arrayBuffer())
    parts.push(child.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8'))
  }
  const urls = parts.flatMap(locs)
  return { indexXml, children, xml: parts.join('\n'), urls }
}
