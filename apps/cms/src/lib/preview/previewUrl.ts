import type { Locale } from '@crn/site-contract'
import { createPreviewToken } from '@crn/site-contract/preview-token'

import { env } from '../../env'

/**
 * Preview links to the site's draft-mode route: `{WEB_URL}/api/draft?token=…`, where the token
 * is a short-lived preview token signed with PREVIEW_SECRET (`@crn/site-contract/preview-token`)
 * naming the document, the locale, the page to open, the CMS origin the live-preview listener
 * trusts, and its expiry. The editor's session token never leaves the CMS; the site reads the
 * draft with the preview token, which reads and nothing else.
 */
export function previewUrl(target: { document: string; locale: Locale; path: string }, version?: string): string {
  const token = createPreviewToken(env.PREVIEW_SECRET, { ...target, origin: new URL(env.CMS_URL).origin })
  const url = new URL('/api/draft', env.WEB_URL)
  url.searchParams.set('token', token)
  // Not part of the token and ignored by the site: it makes each saved version's URL differ (Live Preview reloads).
  if (version) url.searchParams.set('v', version)
  return url.toString()
}
