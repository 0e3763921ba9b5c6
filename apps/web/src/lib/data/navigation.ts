import { ContentNotFoundError } from '@crn/content-client'
import type { Navigation } from '@crn/content-types'

import { cms } from '../cms'
import { documentHref, isLinkableCollection } from '../links'
import type { Locale } from '../locales'
import { paths } from '../routes'

export interface NavLink {
  label: string
  href: string
}

type NavPage = NonNullable<NonNullable<Navigation['items']>[number]['page']>

const pageHref: Record<NavPage, (locale: Locale) => string> = {
  home: paths.home,
  research: paths.research,
  projects: (locale) => paths.projects(locale),
  screening: paths.screeningProgrammes,
  search: (locale) => paths.search(locale),
}

/** Fallback menu when editors have not saved the navigation global yet. */
export function defaultNavigation(locale: Locale): NavLink[] {
  const labels = locale === 'nb' ? ['Forskning', 'Prosjekter', 'Screeningprogrammer', 'Nøkkeltall'] : ['Research', 'Projects', 'Screening programmes', 'Key figures']
  const hrefs = [paths.research(locale), paths.projects(locale), paths.screeningProgrammes(locale), paths.keyFigures(locale)]
  return labels.map((label, index) => ({ label, href: hrefs[index] ?? paths.home(locale) }))
}

/** The main menu from the CMS's `navigation` global, as site links (items without a target are left out). */
export async function getNavigation(locale: Locale): Promise<NavLink[]> {
  // Depth 2: a section's URL needs its department's slug.
  let navigation: Navigation
  try {
    navigation = await cms.globals.navigation({ locale, depth: 2 })
  } catch (error) {
    // Never saved by editors: the built-in menu. Any other failure propagates (never cached as empty).
    if (error instanceof ContentNotFoundError) return defaultNavigation(locale)
    throw error
  }
  const links: NavLink[] = []
  for (const item of navigation.items ?? []) {
    const href = item.page
      ? pageHref[item.page](locale)
      : item.document && isLinkableCollection(item.document.relationTo)
        ? documentHref(locale, item.document.relationTo, item.document.value)
        : undefined
    if (href) links.push({ label: item.label, href })
  }
  return links.length > 0 ? links : defaultNavigation(locale)
}
