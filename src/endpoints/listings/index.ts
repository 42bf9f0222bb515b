import type { Endpoint } from 'payload'

import type { ListingKind } from '../../lib/crisis/listingKinds'
import { parseRateLimit } from '../../lib/rateLimit'
import { ownerEndpoint } from './owner'
import { statsEndpoint } from './stats'
import { submitEndpoint } from './submit'

/** Default: 5 submissions per address per 10 minutes; `CRISIS_SUBMISSIONS_RATE_LIMIT=20/1h` to change it. */
export const DEFAULT_SUBMISSIONS_RATE_LIMIT = { limit: 5, windowMs: 10 * 60_000 }

/** The endpoints both crisis services share: the public form, the owner's link and the live counts. */
export function listingEndpoints(kind: ListingKind, env: NodeJS.ProcessEnv): Endpoint[] {
  const rule = parseRateLimit(
    env.CRISIS_SUBMISSIONS_RATE_LIMIT,
    DEFAULT_SUBMISSIONS_RATE_LIMIT,
    'CRISIS_SUBMISSIONS_RATE_LIMIT',
  )
  return [submitEndpoint(kind, rule), ownerEndpoint(kind), statsEndpoint(kind)]
}
