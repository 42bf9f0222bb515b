import type { CollectionBeforeOperationHook } from 'payload'

import { refusal } from '../../../hooks/refusal'
import { hasRole, sameRoles } from '../../../lib/roles'

type WriteArgs = { data?: { roles?: string[] }; id?: number | string }

/**
 * Field access alone would drop a non-admin's `roles` silently; the newsroom wants to be told. The
 * admin form sends the unchanged roles back with every save, so only a real change is refused.
 */
export const refuseRoleChangeByNonAdmin: CollectionBeforeOperationHook = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  const { data, id } = args as WriteArgs
  if (overrideAccess || data?.roles === undefined || hasRole(req.user, 'admin')) return
  if (id !== undefined && req.user) {
    const current = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
    if (sameRoles(current.roles, data.roles)) return
  }
  if (operation === 'create' || operation === 'update') {
    throw refusal(req, 403, 'rolesAdminsOnly')
  }
}
