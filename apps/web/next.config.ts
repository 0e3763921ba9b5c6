import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { NextConfig } from 'next'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const nextConfig: NextConfig = {
  // Docker runs `node apps/web/server.js` from the standalone tree (see Dockerfile).
  output: 'standalone',
  // Workspace packages live above the app: trace files from the repository root.
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  // Our packages ship TypeScript sources.
  transpilePackages: ['@crn/content-client', '@crn/content-types', '@crn/site-contract'],
  poweredByHeader: false,
  reactStrictMode: true,
  // Every page reads the CMS at request time; nothing is fetched while building (the CMS may be down).
  typedRoutes: false,
}

export default nextConfig
