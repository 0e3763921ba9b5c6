/** A project's status (the `status` select of the `projects` collection, in this order). */
export const PROJECT_STATUSES = ['planned', 'ongoing', 'completed'] as const

export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

export function isProjectStatus(value: unknown): value is ProjectStatus {
  return typeof value === 'string' && (PROJECT_STATUSES as readonly string[]).includes(value)
}

/** Projects per page of the site's project index. */
export const PROJECTS_PER_PAGE = 10
