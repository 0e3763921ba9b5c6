
import { createContentClient } from '@crn/content-client'

import { draftAwareFetch } from '@/app/api/draft/previewSession'
import { env } from '@/env'

import { CmsMarkedDownError, isCmsMarkedDown, markCmsDown, showsCmsOutage } from './cmsAvailability'

/**
 * The site's one content client. Every read:
 * - carries its cache tags into Next's data cache (`next: { tags, revalidate }`), so pages are
 *   cached (ISR) and refreshed on demand by POST /api/revalidate;
 * - times out (CMS_TIMEOUT_MS), and fails at once for a few seconds after the CMS was found down
 *   (unreachable, or 502/503/504; a slow answer is not an outage, see cmsAvailability.ts), so a
 *   never-rendered page fails quickly. Cached answers are still served: the abort only affects
 *   requests that would actually go to the CMS.
 */
export const cms = createContentClient({
  baseUrl: env.CMS_URL,
  timeoutMs: env.CMS_TIMEOUT_MS,
  // Editors in draft mode read drafts with their own token, past every cache (see previewSession.ts).
  fetch: draftAwareFetch,
  requestInit: (init, meta) => {
    const signal = isCmsMarkedDown() && init.signal ? AbortSignal.any([init.signal, AbortSignal.abort(new CmsMarkedDownError())]) : init.signal
    return {
      ...init,
      signal,
      next: { tags: [...meta.tags], revalidate: meta.revalidate ?? env.REVALIDATE_SECONDS },
    }
  },
  onOutcome: (meta, outcome) => {
    if (!outcome.ok && showsCmsOutage(outcome.error)) {
      markCmsDown()
      console.error(`[web] CMS unavailable: ${outcome.error.message}`)
    }
  },
})
