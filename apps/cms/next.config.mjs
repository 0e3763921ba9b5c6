import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  // Standalone output must include the workspace packages from the monorepo root.
  outputFileTracingRoot: new URL('../../', import.meta.url).pathname,
  transpilePackages: ['@crn/content-client', '@crn/content-types', '@crn/seed'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
