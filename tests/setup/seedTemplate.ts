import { seed, seedAccounts } from '../../src/seed'
import { runWithPayload } from '../../scripts/runWithPayload'

/**
 * Seeds a test template once per run (SEED_TEMPLATE=accounts|content), as a test file would have:
 * without the site's webhook destination, since the API tests serve no site.
 */
const template = process.env.SEED_TEMPLATE
await runWithPayload(async (payload) => {
  if (template === 'content') await seed(payload, () => {}, { siteDestination: false })
  else if (template === 'accounts') await seedAccounts(payload, () => {})
  else throw new Error(`SEED_TEMPLATE must be accounts or content (got "${template}").`)
})
