import type { PayloadRequest } from 'payload'

import { hasRole } from '../lib/roles'

/** Sending a failed delivery again: the people who answer for what goes out (admins, editors, the community manager). */
export const retriesDeliveries = ({ req }: { req: PayloadRequest }): boolean =>
  hasRole(req.user, 'admin') || hasRole(req.user, 'editor') || hasRole(req.user, 'community-manager')
