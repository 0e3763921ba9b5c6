import type { CollectionConfig } from 'payload'

import { recordChangeAfterDelete, recordChangeAfterSave, rememberStateBeforeDelete } from '../api/changes/recordContentChange'
import { refuseInaccessibleRichTextOnPublish, refuseNationalIdentityNumbers } from '../gates/contentGates'
import { guardContributorWrites } from '../hooks/guardContributorWrites'
import { protectSystemFields } from '../hooks/protectSystemFields'
import { recordEditor } from '../hooks/recordEditor'
import { respectDocumentLocks } from '../hooks/respectDocumentLocks'
import { markDraftSave, revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateSite'
import { rejectUnstorableDrafts } from '../lib/draftGuard'
import { rejectImpossibleQueries } from '../lib/queryGuard'

/**
 * What every public content collection runs, per hook type and in order. Each collection
 * file passes this (`hooks: contentHooks`), so its behaviour is visible where it is defined:
 *
 * - beforeOperation: refuse impossible query values and unstorable drafts (a 400, never a
 *   database error); keep system fields out of client hands; contributors write drafts
 *   only; respect another editor's document lock; note draft saves (no site refresh).
 * - beforeChange (gates): no national identity number in any text, drafts included;
 *   accessible rich text before publishing; then record the editor of the change.
 * - afterChange / afterDelete: refresh the site; record the public change (feed, webhooks).
 */
export const contentHooks = {
  beforeOperation: [rejectImpossibleQueries, rejectUnstorableDrafts, protectSystemFields, guardContributorWrites, respectDocumentLocks, markDraftSave],
  beforeChange: [refuseNationalIdentityNumbers, refuseInaccessibleRichTextOnPublish, recordEditor],
  afterChange: [revalidateAfterChange, recordChangeAfterSave],
  beforeDelete: [rememberStateBeforeDelete],
  afterDelete: [revalidateAfterDelete, recordChangeAfterDelete],
} satisfies CollectionConfig['hooks']
