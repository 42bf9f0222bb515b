import type { CollectionBeforeChangeHook } from 'payload'

import { isWebhookSecret } from '../../../distribution/standardWebhooks'
import { refusal } from '../../../hooks/refusal'
import { now } from '../../../lib/clock'

const ROTATION_HOURS = Number(process.env.SECRET_ROTATION_HOURS || 24)

const isWebhookKind = (kind: unknown) => kind === 'site-webhook' || kind === 'webhook'

/**
 * Takes a new secret from `secret` (API) or `newSecret` (admin form); an empty one keeps the saved
 * secret. Replacing a webhook secret starts a rotation: messages carry both signatures until the
 * old secret expires, so the receiver can switch without losing a message.
 */
export const storeSecret: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const incoming = [data.newSecret, data.secret].find((value) => typeof value === 'string' && value.trim()) as
    string | undefined
  delete data.newSecret
  const kind = data.kind ?? originalDoc?.kind
  const saved = originalDoc?.secret as string | undefined
  if (!incoming) {
    delete data.secret
    if (!saved)
      throw isWebhookKind(kind)
        ? refusal(req, 400, 'webhookNeedsSecret')
        : refusal(req, 400, 'destinationNeedsKey', { kind })
    return data
  }
  const secret = incoming.trim()
  if (isWebhookKind(kind) && !isWebhookSecret(secret)) {
    throw refusal(req, 400, 'webhookSecretShape')
  }
  if (secret === saved) {
    delete data.secret
    return data
  }
  const at = now()
  if (saved && isWebhookKind(kind)) {
    data.previousSecret = saved
    data.previousSecretExpiresAt = new Date(at.getTime() + ROTATION_HOURS * 3_600_000).toISOString()
  }
  data.secret = secret
  data.secretSetAt = at.toISOString()
  return data
}
