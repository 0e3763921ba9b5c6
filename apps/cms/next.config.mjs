import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  // Standalone output must include the workspace packages from the monorepo root.
  outputFileTracingRoot: new URL('../../', import.meta.url).pathname,
  transpilePackages: ['@crn/content-client', '@crn/content-types', '@crn/seed', '@crn/site-contract'],
  poweredByHeader: false,
  // The admin must not be framed by other sites (clickjacking). It frames the site itself for
  // Live Preview, which needs no header here: the site allows the CMS as a frame ancestor.
  headers: async () => [{ source: '/:path*', headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'self'" }] }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
