import type { PublicChange } from '@crn/content-client'

import type { Alternates } from '../alternates'
import { cms } from '../cms'
import type { Locale } from '../locales'
import { paths } from '../routes'
import { getDepartmentPage } from './department'
import { orNotFound } from './notFound'
import { getProjectPage } from './project'
import { getResearchOverview } from './researchOverview'
import { getScreeningProgrammePage } from './screening'
import { getSectionPage } from './section'

export interface ChangeHistoryPageData {
  /** The page's title, for the heading. */
  title: string
  /** The page's own address, for the way back. */
  pageHref: string
  entries: PublicChange[]
  /** The history's address in each locale (each under the page's address in that locale). */
  alternates: Alternates
  /** Locales the page is really translated into (hreflang). */
  translated: readonly Locale[]
}

/** A history's addresses: the locale's word under each of the page's addresses. */
const historyAlternates = (page: Alternates): Alternates => ({ nb: paths.changeHistory('nb', page.nb), en: paths.changeHistory('en', page.en) })

/**
 * The page is found by its address as the page itself finds it (slugs in the visitor's locale, a
 * section under its own department, else 404); its id only names it to the CMS, never in a URL.
 */
export const changeHistoryPages = {
  async researchOverview(locale: Locale): Promise<ChangeHistoryPageData> {
    const [{ overview, translation }, entries] = await Promise.all([
      getResearchOverview(locale),
      orNotFound(cms.changeHistory.forGlobal('research-overview', { locale })),
    ])
    const page = { nb: paths.research('nb'), en: paths.research('en') }
    return { title: overview.title, pageHref: page[locale], entries, alternates: historyAlternates(page), translated: translation.translated }
  },

  async department(locale: Locale, slug: string): Promise<ChangeHistoryPageData> {
    const { department, alternates, translation } = await getDepartmentPage(locale, slug)
    const entries = await orNotFound(cms.changeHistory.forDocument('departments', String(department.id), { locale }))
    return { title: department.title, pageHref: alternates[locale], entries, alternates: historyAlternates(alternates), translated: translation.translated }
  },

  async section(locale: Locale, departmentSlug: string, slug: string): Promise<ChangeHistoryPageData> {
    const { section, alternates, translation } = await getSectionPage(locale, departmentSlug, slug)
    const entries = await orNotFound(cms.changeHistory.forDocument('sections', String(section.id), { locale }))
    return { title: section.title, pageHref: alternates[locale], entries, alternates: historyAlternates(alternates), translated: translation.translated }
  },

  async project(locale: Locale, slug: string): Promise<ChangeHistoryPageData> {
    const { project, alternates, translation } = await getProjectPage(locale, slug)
    const entries = await orNotFound(cms.changeHistory.forDocument('projects', String(project.id), { locale }))
    return { title: project.title, pageHref: alternates[locale], entries, alternates: historyAlternates(alternates), translated: translation.translated }
  },

  async screeningProgramme(locale: Locale, slug: string): Promise<ChangeHistoryPageData> {
    const { programme, alternates, translation } = await getScreeningProgrammePage(locale, slug)
    const entries = await orNotFound(cms.changeHistory.forDocument('screening-programmes', String(programme.id), { locale }))
    return { title: programme.title, pageHref: alternates[locale], entries, alternates: historyAlternates(alternates), translated: translation.translated }
  },
}
