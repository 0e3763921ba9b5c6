import { getSitemapEntries } from '../data/sitemap'
import { SITEMAP_MAX_URLS, type SitemapEntry } from './sitemapXml'

/** The site's sitemap split into files of at most SITEMAP_MAX_URLS URLs. */
export interface BuiltSitemap {
  chunks: SitemapEntry[][]
  builtAt: Date
}

/** How long a built sitemap is served before the next request rebuilds it (from the data cache, mostly). */
const FRESH_MS = 60_000

let lastGood: BuiltSitemap | undefined
let building: Promise<BuiltSitemap> | undefined

async function build(): Promise<BuiltSitemap> {
  const entries = await getSitemapEntries()
  const chunks: SitemapEntry[][] = []
  for (let start = 0; start < entries.length; start += SITEMAP_MAX_URLS) chunks.push(entries.slice(start, start + SITEMAP_MAX_URLS))
  return { chunks: chunks.length ? chunks : [[]], builtAt: new Date() }
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
