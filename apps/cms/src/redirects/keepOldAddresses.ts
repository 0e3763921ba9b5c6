import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { isPageCollection } from '@crn/site-contract'

import { DRAFT_SAVE_CONTEXT } from '../hooks/revalidateSite'
import { type PublicAddress, publicAddresses } from './publicAddresses'
import { redirectToDocument, stopRedirectingFrom } from './redirectEntries'

/**
 * Addresses stay valid: when a write changes what readers see (publish, an update of a published
 * page) and a page's address moves (its slug or its department's slug changed, in any locale),
 * the old address gets a redirect entry pointing at the document, so the site answers 308 to
 * wherever the page is now. Entries point at documents, not addresses, so renaming twice never
 * makes a chain; an address that is a page again stops redirecting. Seeding skips this.
 */
const contextKey = (collection: string, id: unknown) => `crnAddressesBefore:${collection}:${String(id)}`

export const rememberPublicAddresses: CollectionBeforeChangeHook = async ({ collection, context, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc || context.disableRevalidate || context[DRAFT_SAVE_CONTEXT] === true) return data
  if (!isPageCollection(collection.slug)) return data
  const id = (originalDoc as { id: unknown }).id
  const addresses = await publicAddresses(req, collection.slug, String(id))
  // On req.context, read after the reads above: a nested Local API call may have given the request a new context object.
  req.context[contextKey(collection.slug, id)] = addresses
  return data
}

export const redirectMovedAddresses: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const before = req.context[contextKey(collection.slug, (doc as { id: unknown }).id)] as PublicAddress[] | undefined
  if (!before || !isPageCollection(collection.slug)) return doc
  const after = await publicAddresses(req, collection.slug, String((doc as { id: unknown }).id))
  for (const old of before) {
    const now = after.find((address) => address.collection === old.collection && address.id === old.id && address.locale === old.locale)
    if (now && now.path !== old.path) await redirectToDocument(req, old.path, { relationTo: old.collection, value: old.id })
  }
  for (const live of after) await stopRedirectingFrom(req, live.path)
  return doc
}
