import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, Field, Plugin, PayloadRequest } from 'payload'

import { PAGE_COLLECTIONS } from '@crn/site-contract'

import { canPublish } from '../access'
import { REVALIDATE_QUEUE, REVALIDATE_TASK, type RevalidateInput } from '../jobs/revalidateSite'
import { label } from '../lib/contentDefaults'
import { REDIRECTS_SLUG } from './redirectEntries'
import { checkRedirect, collapseChainsThroughEntry } from './redirectRules'

/** The site's redirect reads carry this tag (content-client `tags.redirects`). */
const REDIRECTS_TAG = 'collection:redirects'

async function refreshSiteRedirects(req: PayloadRequest, reason: string): Promise<void> {
  const input: RevalidateInput = { tags: [REDIRECTS_TAG], reason }
  await req.payload.jobs.queue({ task: REVALIDATE_TASK, queue: REVALIDATE_QUEUE, input, req })
}
const refreshAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await refreshSiteRedirects(req, `redirect ${String((doc as { from?: unknown }).from)}`)
  return doc
}
const refreshAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshSiteRedirects(req, `redirect removed ${String((doc as { from?: unknown }).from)}`)
  return doc
}

/**
 * The plugin marks both targets required and shows one at a time; the other is stored as null.
 * checkRedirect requires the one that applies, so the schema (types, OpenAPI) says "optional".
 */
const optionalTargets = (field: Field): Field =>
  field.type === 'group' && 'name' in field && field.name === 'to'
    ? { ...field, fields: field.fields.map((target) => ('name' in target && (target.name === 'reference' || target.name === 'url') ? ({ ...target, required: false } as Field) : target)) }
    : field

const describedFrom = (field: Field): Field =>
  field.type === 'text' && field.name === 'from'
    ? {
        ...field,
        admin: {
          ...field.admin,
          description: label(
            'The old address on the site, with its language: e.g. /nb/forskning/prosjekter/gammelt-navn. The site answers 308 from it.',
            'Den gamle adressen på nettstedet, med språk: f.eks. /nb/forskning/prosjekter/gammelt-navn. Nettstedet svarer 308 fra den.',
          ),
        },
      }
    : field

/**
 * Addresses stay valid (@payloadcms/plugin-redirects): a `redirects` collection editors can see
 * and edit (Administration → Redirects), filled automatically when a page's address moves
 * (keepOldAddresses.ts, which the page collections run as their own hooks: `pageHooks` in
 * collections/contentHooks.ts), checked for loops and collapsed chains (redirectRules.ts). The site reads it when an address has no page
 * and answers 308 to the target's address in the same locale.
 */
export const slugRedirects = (): Plugin => (config: Config): Config =>
  redirectsPlugin({
    collections: [...PAGE_COLLECTIONS],
    overrides: {
      labels: { singular: label('Redirect', 'Omdirigering'), plural: label('Redirects', 'Omdirigeringer') },
      admin: { group: label('Administration', 'Administrasjon'), useAsTitle: 'from', defaultColumns: ['from', 'to.type', 'to.reference', 'to.url', 'updatedAt'] },
      // Anyone reads (the site does, anonymously); editors and admins change entries.
      access: { create: canPublish, update: canPublish, delete: canPublish },
      fields: ({ defaultFields }) => defaultFields.map(describedFrom).map(optionalTargets),
      hooks: { beforeChange: [checkRedirect], afterChange: [collapseChainsThroughEntry, refreshAfterChange], afterDelete: [refreshAfterDelete] },
    },
  })(config)

export { REDIRECTS_SLUG }
