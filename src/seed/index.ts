import type { Payload } from 'payload'

import { DEMO_ACCOUNTS, seedPassword } from './accounts'
import { seedContent } from './content'
import { seedRoleDemo } from './roleDemo'
import { seedSiteDestination } from './siteDestination'

export type SeedLog = (message: string) => void

export type SeedOptions = {
  /** The reference site's webhook destination (default on; tests without the site leave it out). */
  siteDestination?: boolean
}

/**
 * Creates what is missing and leaves what exists alone, so it can run any number of times: the demo
 * accounts, then the demo content that they sign, then the site's webhook. The webhook comes last:
 * pages are built when first read, so the seeded content has nothing to rebuild.
 */
export async function seed(
  payload: Payload,
  log: SeedLog = (m) => payload.logger.info(m),
  options: SeedOptions = {},
): Promise<void> {
  await seedAccounts(payload, log)
  await seedContent(payload, log)
  await seedRoleDemo(payload, log)
  if (options.siteDestination !== false) await seedSiteDestination(payload, log)
  log('Seed complete')
}

/** The five demo accounts, one per role. */
export async function seedAccounts(payload: Payload, log: SeedLog): Promise<void> {
  const password = seedPassword(process.env)
  log('Seeding demo accounts')
  for (const account of DEMO_ACCOUNTS) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: account.email } },
      overrideAccess: true,
    })
    if (totalDocs > 0) {
      log(`  = ${account.email} (exists)`)
      continue
    }
    await payload.create({ collection: 'users', data: { ...account, password }, overrideAccess: true })
    log(`  + ${account.email} (${account.roles.join(', ')})`)
  }
}

/** First run of `npm run dev`: an empty database gets the demo newsroom. */
export async function seedIfEmpty(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs === 0) await seed(payload)
}
