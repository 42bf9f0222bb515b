import type { DeliveryAdapter, DestinationKind } from '../types'
import { ayrshareAdapter } from './ayrshare'
import { bufferAdapter } from './buffer'
import { hootsuiteAdapter } from './hootsuite'
import { webhookAdapter } from './webhook'

/** One line per destination kind: adding a scheduler is one adapter file and one line here. */
const ADAPTERS: Record<DestinationKind, DeliveryAdapter> = {
  'site-webhook': webhookAdapter,
  webhook: webhookAdapter,
  buffer: bufferAdapter,
  hootsuite: hootsuiteAdapter,
  ayrshare: ayrshareAdapter,
}

export function adapterFor(kind: DestinationKind): DeliveryAdapter {
  const adapter = ADAPTERS[kind]
  // The kind comes from the database: an unknown one is a bug to see, not a delivery to drop.
  if (!adapter) throw new Error(`no delivery adapter for destination kind "${kind}"`)
  return adapter
}
