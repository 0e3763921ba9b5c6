import type { ProjectStatus } from '@crn/site-contract'

import type { Fetcher } from '../fetcher'
import type { PaginatedDocs } from '../pagination'
import type { DocumentOf, WhereOf } from '../types'
import { type CollectionResource, createCollectionResource, type FindOptions } from './collection'

// Statuses are part of the shared map of the site; the generated types must agree with it.
export { PROJECT_STATUSES, type ProjectStatus } from '@crn/site-contract'
const statusesMatchTheCms: [DocumentOf<'projects'>['status']] extends [ProjectStatus] ? ([ProjectStatus] extends [DocumentOf<'projects'>['status']] ? true : false) : false = true
void statusesMatchTheCms

/** Filters of the project index. */
export interface ProjectFilter {
  status?: ProjectStatus
  /** Projects belonging to this section (its id: opaque text). */
  section?: string
  /** Projects belonging to this screening programme (id). */
  screeningProgramme?: string
  /** Projects with this person as manager or participant (id). */
  person?: string
}

/** Turns a project filter into a Payload `where`. */
export function projectWhere(filter: ProjectFilter): WhereOf<'projects'> | undefined {
  const conditions: WhereOf<'projects'>[] = []
  if (filter.status) conditions.push({ status: { equals: filter.status } })
  if (filter.section !== undefined) conditions.push({ sections: { in: [filter.section] } })
  if (filter.screeningProgramme !== undefined) conditions.push({ screeningProgramme: { equals: filter.screeningProgramme } })
  if (filter.person !== undefined) {
    conditions.push({ or: [{ projectManager: { equals: filter.person } }, { participants: { in: [filter.person] } }] })
  }
  if (conditions.length === 0) return undefined
  return conditions.length === 1 ? conditions[0] : { and: conditions }
}

export interface ProjectsResource extends CollectionResource<'projects'> {
  /** One page of projects matching the filter, newest first (then by title). */
  list(filter?: ProjectFilter, options?: Omit<FindOptions<'projects'>, 'where'>): Promise<PaginatedDocs<DocumentOf<'projects'>>>
}

export function createProjects(fetcher: Fetcher): ProjectsResource {
  const base = createCollectionResource(fetcher, 'projects')
  return {
    ...base,
    list: (filter = {}, options = {}) => base.find({ sort: ['-startYear', 'title'], ...options, where: projectWhere(filter) }),
  }
}
