import type { Redirect } from '@crn/content-types'
import { isPageCollection } from '@crn/site-contract'
import { notFound, permanentRedirect } from 'next/navigation'

import { cms } from '../cms'
import { documentHref } from '../links'
import type { Locale } from '../locales'

/** Where an entry leads now, in `locale`: the target page's current address, or its custom URL. */
function targetOf(redirect: Redirect, locale: Locale): string | undefined {
  if (redirect.to?.type === 'custom') return redirect.to.url ?? undefined
  const reference = redirect.to?.reference
  if (!reference || !isPageCollection(reference.relationTo)) return undefined
  return documentHref(locale, reference.relationTo, reference.value)
}

/**
 * An address without a page: 308 to where the page lives now when the CMS has a redirect entry
 * for it (an editor changed the slug), else the locale's 404. Only ever called for addresses the
 * site would otherwise answer 404, so pages that exist never pay for the lookup.
 */
export async function redirectOrNotFound(locale: Locale, path: string): Promise<never> {
  const redirect = await cms.redirects.forAddress(path)
  const target = redirect ? targetOf(redirect, locale) : undefined
  if (target && target !== path) permanentRedirect(target)
  notFound()
}
