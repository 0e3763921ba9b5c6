/**
 * The three editorial roles. `admin` manages users and everything else; `editor`
 * publishes, unpublishes and deletes content; `contributor` writes drafts only.
 */
export const ROLES = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof ROLES)[number]

/** The least-privileged role: what a new account gets unless an admin chooses otherwise. */
export const DEFAULT_ROLE: Role = 'contributor'

/** Roles allowed to publish, unpublish and delete content. */
export const PUBLISHING_ROLES: readonly Role[] = ['admin', 'editor']

/** Anything that may carry a role: a signed-in user, an API key document, or nobody. */
type MaybeUser = { role?: unknown; collection?: unknown } | null | undefined

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/**
 * The role of a request's user, or `null` when there is no user or the user is not a
 * `users` account (service API keys never get an editorial role).
 */
export function roleOf(user: MaybeUser): Role | null {
  if (!user) return null
  if (user.collection !== undefined && user.collection !== 'users') return null
  return isRole(user.role) ? user.role : null
}

export function hasRole(user: MaybeUser, roles: readonly Role[]): boolean {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}
