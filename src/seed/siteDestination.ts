import type { Payload } from 'payload'

import { SITE_WEBHOOK_PATH } from '../lib/sitePaths'
import { siteUrl } from '../lib/siteUrl'
import { siteWebhookSecrets } from '../site/webhookSecret'
import type { SeedLog } from './index'

export const SITE_DESTINATION_NAME = 'Site public'

/** The reference site's webhook: every publication, update and withdrawal rebuilds its pages. */
export async function seedSiteDestination(payload: Payload, log: SeedLog): Promise<void> {
  const { totalDocs } = await payload.count({
    collection: 'destinations',
    where: { kind: { equals: 'site-webhook' } },
    overrideAccess: true,
  })
  if (totalDocs > 0) {
    log('  = site webhook destination (exists)')
    return
  }
  const url = `${siteUrl()}${SITE_WEBHOOK_PATH}`
  const [secret] = siteWebhookSecrets(process.env, payload.secret)
  await payload.create({
    collection: 'destinations',
    data: { name: SITE_DESTINATION_NAME, kind: 'site-webhook', url, secret },
    overrideAccess: true,
  })
  log(`  + site webhook destination → ${url}`)
}
