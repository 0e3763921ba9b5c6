import { API_KEYS_SLUG } from '../api/apiKeysSlug'

/**
 * A service API key allowed to preview drafts (an admin ticked "May read drafts"). Other
 * keys, like anonymous readers, see published documents only.
 */
export function isPreviewServiceKey(user: { collection?: unknown; readDrafts?: unknown } | null | undefined): boolean {
  return user?.collection === API_KEYS_SLUG && user.readDrafts === true
}
