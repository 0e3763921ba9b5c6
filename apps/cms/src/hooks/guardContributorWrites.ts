import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { roleOf } from '../access'

/** The operation arguments this guard looks at (present on create, update and restore). */
type WriteArgs = {
  draft?: boolean
  publishSpecificLocale?: string
  unpublishAllLocales?: boolean | string
}

/**
 * Contributors write drafts only. Access functions see the data but not the `draft`
 * flag, and an update or restore without `draft` writes the live document even when
 * `_status` stays as it is (editing published text, or unpublishing with
 * `_status: 'draft'`). So, for contributors, every update and restore must be a draft
 * save, and no publish-by-locale flag is accepted. Refused with 403 and a reason.
 */
export const guardContributorWrites: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess || roleOf(req.user) !== 'contributor') return
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') return
  const { draft, publishSpecificLocale, unpublishAllLocales } = args as WriteArgs
  if (publishSpecificLocale || unpublishAllLocales === true || unpublishAllLocales === 'true') {
    throw new APIError('Contributors cannot publish or unpublish: an editor does that.', 403, undefined, true)
  }
  if ((operation === 'update' || operation === 'restoreVersion') && draft !== true) {
    throw new APIError(
      'Contributors save drafts only: send the change as a draft (draft=true); an editor publishes it.',
      403,
      undefined,
      true,
    )
  }
}
