import { createHmac } from 'node:crypto'

/**
 * The secrets the site accepts: SITE_WEBHOOK_SECRET (several, separated by spaces or commas, while a
 * rotation lasts), else one derived from the platform's own secret, so that the reference site and
 * the destination the seed creates for it agree without anyone configuring anything.
 */
export function siteWebhookSecrets(env: Record<string, string | undefined>, payloadSecret: string): string[] {
  const configured = (env.SITE_WEBHOOK_SECRET ?? '').split(/[\s,]+/).filter(Boolean)
  if (configured.length) return configured
  return [`whsec_${createHmac('sha256', payloadSecret).update('newsroom site webhook').digest('base64')}`]
}
