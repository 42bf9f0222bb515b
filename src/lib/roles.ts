export const ROLES = ['admin', 'editor', 'journalist', 'community-manager', 'contributor'] as const

export type Role = (typeof ROLES)[number]

type WithRoles = { roles?: readonly string[] | null } | null | undefined

export function hasRole(user: WithRoles, role: Role): boolean {
  return Boolean(user?.roles?.includes(role))
}

/** Anyone who works in the newsroom: a signed-in account with at least one role. */
export function isStaff(user: WithRoles): boolean {
  return Boolean(user?.roles?.length)
}

export function sameRoles(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean {
  const left = new Set(a ?? [])
  const right = new Set(b ?? [])
  return left.size === right.size && [...left].every((role) => right.has(role))
}
