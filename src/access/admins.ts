import type { PayloadRequest } from 'payload'

import { hasRole } from '../lib/roles'

/** Admins only. Works as a collection rule and as a field rule. */
export const admins = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')
