import type { Redirect } from '@crn/content-types'
import { isPageCollection, paths } from '@crn/site-contract'

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
  if (target) return target !== path ? target : undefined
  return historyTarget(locale, path)
}

/**
 * A page's change history lives under the page's address, so it moves with the page: the old
 * history address leads to the history under the page's new address. Only for a page target
 * (a custom URL has no history of ours).
 */
async function historyTarget(locale: Locale, path: string): Promise<string | undefined> {
  const suffix = paths.changeHistory(locale, '')
  if (!path.endsWith(suffix)) return undefined
  const pagePath = path.slice(0, -suffix.length)
  const redirect = await cms.redirects.forAddress(pagePath)
  if (!redirect || redirect.to?.type === 'custom') return undefined
  const target = targetOf(redirect, locale)
  return target && target !== pagePath ? paths.changeHistory(locale, target) : undefined
}
