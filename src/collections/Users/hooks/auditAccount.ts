import type { AfterErrorHook, CollectionAfterChangeHook, CollectionAfterLoginHook } from 'payload'

import { writeAudit } from '../../../hooks/audit'
import { sameRoles } from '../../../lib/roles'

export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await writeAudit(req, {
    action: 'login',
    collection: 'users',
    documentId: user.id,
    documentTitle: user.email,
    actor: { id: user.id, name: user.name, email: user.email },
  })
  return user
}

export const auditRoleChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || sameRoles(previousDoc?.roles, doc.roles)) return doc
  await writeAudit(req, {
    action: 'role-change',
    collection: 'users',
    documentId: doc.id,
    documentTitle: doc.email,
    changedFields: ['roles'],
    statusBefore: (previousDoc?.roles ?? []).join(', '),
    statusAfter: (doc.roles ?? []).join(', '),
  })
  return doc
}

const LOGIN_ERRORS = new Set(['AuthenticationError', 'LockedAuth'])

/**
 * A refused login changes nothing but the attempt counter, and its request's transaction is
 * rolled back: the entry is written in a transaction of its own so it survives.
 */
export const auditFailedLogin: AfterErrorHook = async ({ error, req }) => {
  if (!req || !LOGIN_ERRORS.has(error.name)) return
  const data = (req.data ?? {}) as { email?: unknown; variables?: { email?: unknown } }
  const email =
    typeof data.email === 'string'
      ? data.email
      : typeof data.variables?.email === 'string'
        ? data.variables.email
        : undefined
  await writeAudit(
    req,
    {
      action: 'login-failed',
      collection: 'users',
      documentTitle: email ?? null,
      note: error.message,
      actor: { email },
    },
    { ownTransaction: true },
  )
}
