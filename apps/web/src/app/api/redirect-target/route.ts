import { isLocale } from '@crn/site-contract'

import { redirectTarget } from '@/lib/data/redirects'

/** The header with which the edge names the address whose page answered 404 (deploy/edge/). */
const REQUESTED_URI_HEADER = 'x-crn-requested-uri'

/**
 * Where an old address leads now. The edge asks this for every page address that answered 404,
 * naming it in `X-Crn-Requested-Uri` (anyone may also ask with `?path=`): the answer is a `308` to the
 * page's current address in the same locale, with the query string kept, or `404` (the edge then
 * serves the locale's 404 page). Asked after the page, not in it: Next keeps a page's own redirect in
 * its route cache without the Location header. The CMS read behind it is cached with tags (content
 * client), so repeated misses cost no CMS request; the answer itself is never cached.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const requested = new URL(request.headers.get(REQUESTED_URI_HEADER) ?? url.searchParams.get('path') ?? '', url.origin)
  const path = requested.pathname
  const locale = path.split('/')[1]
  const headers = { 'cache-control': 'no-store' }
  if (requested.origin !== url.origin || !isLocale(locale)) {
    return Response.json({ errors: [{ message: 'path must be a site address, e.g. /nb/forskning' }] }, { status: 400, headers })
  }
  const location = await redirectTarget(locale, path)
  if (!location || !location.startsWith('/') || location.startsWith('//')) {
    return Response.json({ errors: [{ message: 'No redirect for this address' }] }, { status: 404, headers })
  }
  return new Response(null, { status: 308, headers: { location: `${location}${requested.search}`, 'cache-control': 'public, max-age=300' } })
}
