import { isLocale } from '@crn/site-contract'

import { redirectTarget } from '@/lib/data/redirects'

/**
 * GET /api/redirect-target?path=/nb/forskning/prosjekter/gammelt-navn — where an old address
 * leads now: `{ "location": "/nb/forskning/prosjekter/nytt-navn" }`, or 404. Asked by the proxy
 * (src/proxy.ts) only for addresses whose page answered 404; the CMS read behind it is cached
 * with tags (content client), so repeated misses cost no CMS request. Never cached itself.
 */
export async function GET(request: Request): Promise<Response> {
  const path = new URL(request.url).searchParams.get('path') ?? ''
  const locale = path.split('/')[1]
  const headers = { 'cache-control': 'no-store' }
  if (!path.startsWith('/') || !isLocale(locale)) return Response.json({ error: 'path must be a site address, e.g. /nb/forskning' }, { status: 400, headers })
  const location = await redirectTarget(locale, path)
  return location ? Response.json({ location }, { headers }) : Response.json({ error: 'No redirect for this address' }, { status: 404, headers })
}
