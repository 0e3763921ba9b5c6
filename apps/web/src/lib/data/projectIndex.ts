import { isPageOutOfRange, type PaginatedDocs, parsePageNumber, PROJECT_STATUSES, type ProjectStatus } from '@crn/content-client'
import type { Project, Section } from '@crn/content-types'
import { notFound } from 'next/navigation'

import { cms } from '../cms'
import type { Locale } from '../locales'

/** Projects per page of the index. */
export const PROJECTS_PER_PAGE = 10

export interface ProjectIndexParams {
  status?: string | string[]
  section?: string | string[]
  page?: string | string[]
}

export interface ProjectIndexData {
  result: PaginatedDocs<Project>
  status: ProjectStatus | undefined
  section: Section | undefined
  sections: Section[]
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? undefined : value)

/**
 * The project index for the query string. An unknown status or section, or a page that is not a
 * plain positive number or lies past the last page, is a 404 (never a 500, never an empty page 7).
 */
export async function getProjectIndex(locale: Locale, params: ProjectIndexParams): Promise<ProjectIndexData> {
  const page = parsePageNumber(params.page)
  if (page === null) notFound()
  const rawStatus = single(params.status)
  const status = rawStatus === undefined || rawStatus === '' ? undefined : PROJECT_STATUSES.find((candidate) => candidate === rawStatus)
  if (rawStatus && !status) notFound()
  const rawSection = single(params.section)
  const sectionId = rawSection === undefined || rawSection === '' ? undefined : /^[1-9]\d{0,9}$/.test(rawSection) ? Number(rawSection) : null
  if (sectionId === null) notFound()
  if (Array.isArray(params.status) || Array.isArray(params.section)) notFound()

  // Depth 2: each project's sections with their departments (for links), one request per page.
  const [result, sections] = await Promise.all([
    cms.projects.list({ status, section: sectionId }, { locale, page, limit: PROJECTS_PER_PAGE, depth: 2 }),
    cms.sections.findAll({ locale, depth: 1, sort: ['order', 'title'] }),
  ])
  const section = sectionId === undefined ? undefined : sections.find((candidate) => candidate.id === sectionId)
  if (sectionId !== undefined && !section) notFound()
  if (isPageOutOfRange(result, page)) notFound()
  return { result, status, section, sections }
}
