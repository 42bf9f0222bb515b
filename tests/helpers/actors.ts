/** The demo accounts, one per role. */
export const ACTORS_WITH_ROLES = [
  { role: 'admin', email: 'admin@newsroom.test' },
  { role: 'editor', email: 'editor@newsroom.test' },
  { role: 'journalist', email: 'journalist@newsroom.test' },
  { role: 'community-manager', email: 'community@newsroom.test' },
  { role: 'contributor', email: 'contributor@newsroom.test' },
] as const
