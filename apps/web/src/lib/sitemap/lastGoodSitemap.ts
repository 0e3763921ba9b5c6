import { gzipSync } from 'node:zlib'

import { getSitemapEntries } from '../data/sitemap'
import { SITEMAP_MAX_URLS, urlsetXml } from './sitemapXml'

/** A sitemap file as sent: the XML, and the same as a gzip file, compressed once when built. */
export interface SitemapFile {
  xml: Buffer
  gzip: Buffer
}

/**
 * The site's sitemap split into files of at most SITEMAP_MAX_URLS URLs, rendered once per build:
 * at 10,000 projects a child is ~7 MB of XML (~0.4 MB gzipped), which would otherwise be written
 * and compressed for every request. The index lists the gzip files (`N.xml.gz`, sitemapResponse.ts).
 */
export interface BuiltSitemap {
  files: SitemapFile[]
  urlCount: number
  builtAt: Date
}

/** How long a built sitemap is served before the next request rebuilds it (from the data cache, mostly). */
const FRESH_MS = 60_000

let lastGood: BuiltSitemap | undefined
let building: Promise<BuiltSitemap> | undefined

async function build(): Promise<BuiltSitemap> {
  const entries = await getSitemapEntries()
  const files: SitemapFile[] = []
  for (let start = 0; start === 0 || start < entries.length; start += SITEMAP_MAX_URLS) {
    const xml = Buffer.from(urlsetXml(entries.slice(start, start + SITEMAP_MAX_URLS)), 'utf8')
    files.push({ xml, gzip: gzipSync(xml) })
  }
  return { files, urlCount: entries.length, builtAt: new Date() }
}

function rebuild(): Promise<BuiltSitemap> {
  building ??= build()
    .then((built) => {
      lastGood = built
      return built
    })
    .finally(() => {
      building = undefined
    })
  return building
}

/**
 * The sitemap, stale-while-revalidate: a copy older than a minute is still served at once while
 * one rebuild (shared by concurrent requests) runs in the background, so a slow or down CMS never
 * delays or fails `/sitemap.xml`; a failed rebuild keeps the last good copy. Only a process that
 * has never built one waits for the CMS, and its failure reaches the route (503, never a 500).
 */
export async function currentSitemap(): Promise<BuiltSitemap> {
  if (!lastGood) return rebuild()
  if (Date.now() - lastGood.builtAt.getTime() >= FRESH_MS) {
    rebuild().catch((error: unknown) => {
      console.error(`[web] sitemap: keeping the copy of ${lastGood?.builtAt.toISOString()}; the rebuild failed: ${error instanceof Error ? error.message : String(error)}`)
    })
  }
  return lastGood
}
