import type { Redirect } from '@crn/content-types'
import { isPageCollection } from '@crn/site-contract'

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
 * Where an old address (`path`, in `locale`) leads now, when the CMS has a redirect entry for it
 * (an editor changed the slug): the target page's current address in the same locale. Undefined
 * when there is none, or when it would lead back to `path`.
 */
export async function redirectTarget(locale: Locale, path: string): Promise<string | undefined> {
  const redirect = await cms.redirects.forAddress(path)
  const target = redirect ? targetOf(redirect, locale) : undefined
  return target && target !== path ? target : undefined
}
