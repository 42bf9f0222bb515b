import type { PayloadRequest } from 'payload'

import { isStaff } from '../lib/roles'

/** Signed-in accounts that hold at least one role; an account stripped of every role cannot open the admin. */
export const staffWithRole = ({ req }: { req: PayloadRequest }): boolean => isStaff(req.user)
