import type { Role } from '../lib/roles'

/** The demo accounts are a contract: tests and documentation sign in with them. */
export const DEMO_ACCOUNTS: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@newsroom.test', name: 'Camille Martin', roles: ['admin'] },
  { email: 'editor@newsroom.test', name: 'Hélène Dubois', roles: ['editor'] },
  { email: 'journalist@newsroom.test', name: 'Julien Moreau', roles: ['journalist'] },
  { email: 'community@newsroom.test', name: 'Sarah Lefèvre', roles: ['community-manager'] },
  { email: 'contributor@newsroom.test', name: 'Thomas Girard', roles: ['contributor'] },
]

export const DEFAULT_SEED_PASSWORD = 'newsroom-demo-2026'

export class DefaultSeedPasswordInProductionError extends Error {
  constructor() {
    super('Refusing to seed with the default demo password in production: set SEED_PASSWORD.')
    this.name = 'DefaultSeedPasswordInProductionError'
  }
}

export function seedPassword(env: NodeJS.ProcessEnv): string {
  const password = env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD
  if (env.NODE_ENV === 'production' && password === DEFAULT_SEED_PASSWORD)
    throw new DefaultSeedPasswordInProductionError()
  return password
}
