import { isPageOutOfRange, type LocalizedValue, type PaginatedDocs, parsePageNumber, PROJECT_STATUSES, type ProjectStatus } from '@crn/content-client'
import type { Project, Section } from '@crn/content-types'
import { PROJECTS_PER_PAGE } from '@crn/site-contract'
import { notFound } from 'next/navigation'

import { cms } from '../cms'
import type { Locale } from '../locales'

export { PROJECTS_PER_PAGE }

export interface ProjectIndexParams {
  status?: string | string[]
  section?: string | string[]
  page?: string | string[]
}

export interface ProjectIndexData {
  result: PaginatedDocs<Project>
  status: ProjectStatus | undefined
  section: Section | undefined
  /** The selected section's slug in every locale (the other language's page filters by its own slug). */
  sectionSlugs: LocalizedValue<string> | undefined
  sections: Section[]
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? undefined : value)

/**
 * The project index for the query string. `section` is the section's slug in the page's locale
 * (public URLs never carry database ids). An unknown status or section, or a page that is not a
 * plain positive number or lies past the last page, is a 404 (never a 500, never an empty page 7).
 */
export async function getProjectIndex(locale: Locale, params: ProjectIndexParams): Promise<ProjectIndexData> {
  const page = parsePageNumber(params.page)
  if (page === null) notFound()
  const rawStatus = single(params.status)
  const status = rawStatus === undefined || rawStatus === '' ? undefined : PROJECT_STATUSES.find((candidate) => candidate === rawStatus)
  if (rawStatus && !status) notFound()
  if (Array.isArray(params.status) || Array.isArray(params.section)) notFound()
  const sectionSlug = single(params.section) || undefined

  const sections = await cms.sections.findAll({ locale, depth: 1, sort: ['order', 'title'] })
  const section = sectionSlug === undefined ? undefined : sections.find((candidate) => candidate.slug === sectionSlug)
  if (sectionSlug !== undefined && !section) notFound()
  // Depth 2: each project's sections with their departments (for links), one request per page.
  const [result, sectionSlugs] = await Promise.all([
    cms.projects.list({ status, section: section?.id }, { locale, page, limit: PROJECTS_PER_PAGE, depth: 2 }),
    section ? cms.sections.findSlugs(section.id) : undefined,
  ])
  if (isPageOutOfRange(result, page)) notFound()
  return { result, status, section, sectionSlugs, sections }
}
