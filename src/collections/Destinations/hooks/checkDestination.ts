import type { CollectionBeforeChangeHook } from 'payload'

import { assertPublicDestination, checkDestinationUrl, DestinationRefused } from '../../../distribution/outboundUrl'
import { allowPrivateDestinations, ownOrigins } from '../../../distribution/settings'
import { isSocialKind, NETWORKS } from '../../../distribution/types'
import { refusal } from '../../../hooks/refusal'
import type { OutboundProblem } from '../../../i18n/outbound'
import { translate } from '../../../i18n/translate'

/**
 * A destination must be reachable and must not point inside our own network (SSRF): refused here
 * with a 400 that says why, and checked again before every send (DNS can change).
 */
export const checkDestination: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const url = String(data.url ?? originalDoc?.url ?? '')
  const because = ({ key, vars }: OutboundProblem) =>
    refusal(req, 400, 'destinationUrl', { reason: translate(req, key, vars) })
  const syntax = checkDestinationUrl(url)
  if (syntax) throw because(syntax)
  if (data.url !== undefined && data.url !== originalDoc?.url) {
    try {
      await assertPublicDestination(url, { allowPrivate: allowPrivateDestinations(), allowOrigins: ownOrigins() })
    } catch (error) {
      if (error instanceof DestinationRefused) throw because(error.problem)
      throw error
    }
  }
  const kind = String(data.kind ?? originalDoc?.kind)
  const accounts = { ...(originalDoc?.accounts ?? {}), ...(data.accounts ?? {}) } as Record<string, unknown>
  if (isSocialKind(kind) && !NETWORKS.some((network) => typeof accounts[network] === 'string' && accounts[network])) {
    throw refusal(req, 400, 'destinationNeedsAccount', { kind })
  }
  // Switching a destination back on is a person's decision: the platform's reason for stopping it goes.
  if (req.user && data.enabled === true && originalDoc?.enabled === false) {
    data.disabledReason = null
    data.disabledSaid = { code: null, params: null, detail: null, then: null }
  }
  return data
}
