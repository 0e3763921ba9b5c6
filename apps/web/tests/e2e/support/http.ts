import { siteUrl } from './state'

/**
 * A plain HTTP request to the site (no browser, no redirects followed), for status codes,
 * headers and timings.
 */
export async function fetchSite(pathname: string, init: RequestInit = {}): Promise<Response> {
  return fetch(siteUrl(pathname), { redirect: 'manual', signal: AbortSignal.timeout(30_000), ...init })
}

/** Status of `pathname` as a fresh visitor gets it. */
export async function statusOf(pathname: string, init: RequestInit = {}): Promise<number> {
  const response = await fetchSite(pathname, init)
  await response.arrayBuffer()
  return response.status
}
