export const ROLES = ['admin', 'editor', 'journalist', 'community-manager', 'contributor'] as const

export type Role = (typeof ROLES)[number]

type WithRoles = { roles?: readonly string[] | null } | null | undefined

export function hasRole(user: WithRoles, role: Role): boolean {
  return Boolean(user?.roles?.includes(role))
}

export function sameRoles(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean {
  const left = new Set(a ?? [])
  const right = new Set(b ?? [])
  return left.size === right.size && [...left].every((role) => right.has(role))
}
