import type { AuthStrategy, User } from 'payload'

import { PREVIEW_AUTH_SCHEME, verifyPreviewToken } from '@crn/site-contract/preview-token'

import { API_KEYS_SLUG } from '../../api/apiKeysSlug'
import { env } from '../../env'

const HEADER = new RegExp(`^${PREVIEW_AUTH_SCHEME}\\s+(\\S+)$`, 'i')

/**
 * `Authorization: CRN-Preview <token>`: the site reads drafts with the preview token the CMS
 * minted for an editor (lib/preview/previewUrl.ts). A valid, unexpired token authenticates as
 * a preview reader: a draft-reading service principal (like an API key with "May read drafts")
 * that exists only for the token's lifetime. It is attached to the `api-keys` collection so
 * every rule that already keeps service keys read-only (no editorial role, REST reads only, no
 * admin) applies to it unchanged; the admin never accepts it. GraphQL is not offered to it.
 */
export const previewTokenStrategy: AuthStrategy = {
  name: 'preview-token',
  authenticate: ({ headers, isGraphQL }) => {
    const token = headers.get('authorization')?.match(HEADER)?.[1]
    if (!token || isGraphQL) return { user: null }
    const check = verifyPreviewToken(env.PREVIEW_SECRET, token)
    if (!check.valid) return { user: null }
    const reader = {
      collection: API_KEYS_SLUG,
      id: `preview:${check.claims.document}`,
      name: `Preview of ${check.claims.document} (${check.claims.locale})`,
      readDrafts: true,
      expiresAt: new Date(check.claims.exp * 1000).toISOString(),
      _strategy: 'preview-token',
    }
    return { user: reader as unknown as User }
  },
}
