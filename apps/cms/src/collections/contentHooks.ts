import type { CollectionConfig } from 'payload'

import { recordChangeAfterDelete, recordChangeAfterSave, rememberStateBeforeDelete } from '../api/changes/recordContentChange'
import { rejectMalformedStructure } from '../api/validation/documentShape'
import { createAsFreshCopy } from '../api/validation/freshCopies'
import { rejectImpossibleQueries } from '../api/validation/queryShape'
import { rejectUnstorableDrafts } from '../api/validation/storableDrafts'
import { refuseInaccessibleRichTextOnPublish, refuseNationalIdentityNumbers } from '../gates/contentGates'
import { guardContributorWrites } from '../hooks/guardContributorWrites'
import { protectSystemFields } from '../hooks/protectSystemFields'
import { recordEditor } from '../hooks/recordEditor'
import { respectDocumentLocks } from '../hooks/respectDocumentLocks'
import { markDraftSave, revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateSite'
import { redirectMovedAddresses, rememberPublicAddresses } from '../redirects/keepOldAddresses'
import { removeFromSearchIndexAfterDelete, updateSearchIndexAfterChange } from '../search/searchIndexHooks'

/**
 * What every public content collection runs, per hook type and in order. Each collection
 * file passes this (`hooks: contentHooks`), so its behaviour is visible where it is defined:
 *
 * - beforeOperation: a document copied from a read is created as new (fresh row ids); refuse
 *   malformed groups and lists, impossible query values and unstorable drafts (a 400, never a
 *   database error, see api/validation/); keep system fields out of client hands; contributors write drafts
 *   only; respect another editor's document lock; note draft saves (no site refresh).
 * - beforeChange (gates): no national identity number in any text, drafts included;
 *   accessible rich text before publishing; then record the editor of the change.
 * - afterChange / afterDelete: refresh the site; record the public change (feed, webhooks); keep
 *   the search index to what is published (departments, sections, projects, people).
 */
export const contentHooks = {
  beforeOperation: [createAsFreshCopy, rejectMalformedStructure, rejectImpossibleQueries, rejectUnstorableDrafts, protectSystemFields, guardContributorWrites, respectDocumentLocks, markDraftSave],
  beforeChange: [refuseNationalIdentityNumbers, refuseInaccessibleRichTextOnPublish, recordEditor],
  afterChange: [revalidateAfterChange, recordChangeAfterSave, updateSearchIndexAfterChange],
  beforeDelete: [rememberStateBeforeDelete],
  afterDelete: [revalidateAfterDelete, recordChangeAfterDelete, removeFromSearchIndexAfterDelete],
} satisfies CollectionConfig['hooks']

/**
 * What a collection whose documents are pages on the site (departments, sections, projects,
 * screening programmes) runs: `contentHooks`, then keep old addresses valid: remember the page's
 * public addresses before a change and, when a published slug moved, add a redirect from each old
 * address (redirects/keepOldAddresses.ts).
 */
export const pageHooks = {
  ...contentHooks,
  beforeChange: [...contentHooks.beforeChange, rememberPublicAddresses],
  afterChange: [...contentHooks.afterChange, redirectMovedAddresses],
} satisfies CollectionConfig['hooks']
