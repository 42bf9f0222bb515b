import type { PayloadRequest } from 'payload'

import { may } from '../lib/permissions'

/** Those who may read the destinations themselves (their names included); others see deliveries without them. */
export const readsDestinations = ({ req }: { req: PayloadRequest }): boolean =>
  may(req.user?.roles, 'destinations', 'read')
