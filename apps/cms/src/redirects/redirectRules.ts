import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { isLocale, isPageCollection, resolvePublicPath } from '@crn/site-contract'

import { publicAddresses } from './publicAddresses'
import { entryFrom, REDIRECT_RULES_CONTEXT, REDIRECTS_SLUG, repointChainsThrough } from './redirectEntries'

type To = { type?: string | null; url?: string | null; reference?: { relationTo?: string; value?: unknown } | null }
type RedirectData = { id?: unknown; from?: unknown; to?: To | null }

const refuse = (path: string, message: string): never => {
  throw new ValidationError({ collection: REDIRECTS_SLUG, errors: [{ path, message }] })
}

/** A path on the site under a locale (`/nb/…`, `/en/…`): the only addresses the site can redirect. */
function sitePathOrRefuse(value: unknown, field: string): string {
  const path = typeof value === 'string' ? value.trim() : ''
  const resolved = path.startsWith('/') && !path.startsWith('//') ? resolvePublicPath(path.split(/[?#]/)[0] ?? '') : undefined
  if (!resolved || resolved.kind !== 'page' || !isLocale(path.split('/')[1])) {
    refuse(field, `"${path}" is not an address on the site: it must start with /nb/ or /en/, e.g. /nb/forskning/prosjekter/gammelt-navn.`)
  }
  return path.replace(/(.)\/+$/, '$1')
}

const referenceId = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'object' && value !== null && 'id' in value ? String((value as { id: unknown }).id) : undefined

/**
 * An entry in the admin (or from the slug hook) is checked before it is stored:
 * - `from` is a site address under a locale;
 * - a custom target that is itself redirected is followed, so chains collapse to one hop;
 * - an entry that would lead back to its own address (directly, through a chain, or because
 *   the document lives there) is refused as a loop.
 */
export const checkRedirect: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const entry = data as RedirectData
  const from = sitePathOrRefuse(entry.from ?? (originalDoc as RedirectData | undefined)?.from, 'from')
  entry.from = from
  const locale = from.split('/')[1]
  const to = entry.to ?? (originalDoc as RedirectData | undefined)?.to ?? {}
  if (to.type === 'custom') {
    const url = typeof to.url === 'string' ? to.url.trim() : ''
    if (/^https?:\/\//.test(url)) return data
    let target = sitePathOrRefuse(url, 'to.url')
    const seen = new Set([from])
    for (;;) {
      if (seen.has(target)) refuse('to.url', `This would be a loop: ${[...seen, target].join(' → ')}.`)
      seen.add(target)
      const next = await entryFrom(req, target)
      if (!next?.to) break
      if (next.to.type !== 'custom') {
        // The chain ends at a document: go there directly.
        entry.to = { ...(next.to as To) }
        return checkReference(entry, from, locale, req)
      }
      target = sitePathOrRefuse(next.to.url, 'to.url')
    }
    entry.to = { type: 'custom', url: target }
    return data
  }
  return checkReference(entry, from, locale, req)
}

async function checkReference(entry: RedirectData, from: string, locale: string | undefined, req: Parameters<CollectionBeforeChangeHook>[0]['req']) {
  const reference = entry.to?.reference
  const collection = reference?.relationTo
  const id = referenceId(reference?.value)
  if (!isPageCollection(collection) || id === undefined) return refuse('to.reference', 'Choose the page this address should lead to.')
  const current = await publicAddresses(req, collection, id)
  if (current.some((address) => address.collection === collection && address.id === id && address.locale === locale && address.path === from)) {
    refuse('from', `${from} is this page's current address: redirecting it to the page would be a loop.`)
  }
  return entry
}

/** Entries that led to this entry's address now lead straight to its target (chains collapse). */
export const collapseChainsThroughEntry: CollectionAfterChangeHook = async ({ context, doc, req }) => {
  if (context[REDIRECT_RULES_CONTEXT]) return doc
  const entry = doc as RedirectData
  if (typeof entry.from === 'string' && entry.to) {
    const to: To = entry.to.type === 'custom' ? { type: 'custom', url: entry.to.url } : { type: 'reference', reference: { relationTo: entry.to.reference?.relationTo, value: referenceId(entry.to.reference?.value) } }
    await repointChainsThrough(req, entry.from, to as Record<string, unknown>)
  }
  return doc
}
