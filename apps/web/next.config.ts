import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { NextConfig } from 'next'

const appDir = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(appDir, '../..')

const nextConfig: NextConfig = {
  // Docker runs `node apps/web/server.js` from the standalone tree (see Dockerfile).
  output: 'standalone',
  // Workspace packages live above the app: trace files from the repository root.
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  // Our packages ship TypeScript sources.
  transpilePackages: ['@crn/content-client', '@crn/content-types', '@crn/site-contract'],
  poweredByHeader: false,
  // The edge compresses (gzip, brotli). Uncompressed HTML is also what the visitor-html hook reads
  // (visitor-html/visitorHtml.mjs: it leaves compressed answers alone).
  compress: false,
  // Metadata (title, description, canonical, hreflang) in the document head for every client, as
  // Next does for the bots it lists: otherwise Next streams it after the head for per-request pages
  // (the project index, search), where Lighthouse and crawlers it does not know miss the description.
  // The pages read their metadata from the same cached CMS answers as their content, so the head
  // waits for nothing extra.
  htmlLimitedBots: /.*/,
  // Rendered pages and CMS answers: Next's file-system cache, or one cache shared by every
  // instance in Redis when REDIS_URL is set at run time (see cache-handler/index.mjs).
  cacheHandler: path.join(appDir, 'cache-handler/index.mjs'),
  reactStrictMode: true,
  // Every page reads the CMS at request time; nothing is fetched while building (the CMS may be down).
  typedRoutes: false,
}

export default nextConfig
