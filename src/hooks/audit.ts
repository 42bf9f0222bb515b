import type { PayloadRequest } from 'payload'

import { AUDIT_ACTIONS } from '../collections/AuditLog'

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type AuditEntry = {
  action: AuditAction
  collection?: string
  documentId?: number | string
  documentTitle?: string | null
  changedFields?: string[]
  statusBefore?: string | null
  statusAfter?: string | null
  note?: string | null
  /** When the acting user is not `req.user` (a failed login has none). */
  actor?: { id?: number | string; name?: string; email?: string }
}

/**
 * Appends an entry. Passing `req` puts it in the transaction of the change it records: if the
 * change rolls back, so does its entry.
 */
export async function writeAudit(
  req: PayloadRequest,
  entry: AuditEntry,
  options: { ownTransaction?: boolean } = {},
): Promise<void> {
  const actor = entry.actor ?? { id: req.user?.id, name: req.user?.name, email: req.user?.email }
  const { actor: _actor, ...fields } = entry
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...fields,
      documentId: entry.documentId === undefined ? undefined : String(entry.documentId),
      at: new Date().toISOString(),
      user: (actor.id as number | undefined) ?? undefined,
      userName: actor.name ?? null,
      userEmail: actor.email ?? null,
      summary: [entry.action, entry.collection, entry.documentTitle ?? entry.documentId].filter(Boolean).join(' · '),
    },
    overrideAccess: true,
    depth: 0,
    ...(options.ownTransaction ? {} : { req }),
  })
}

/** The human title of a document, whatever its collection calls it. */
export function titleOf(doc: Record<string, unknown> | undefined): string | null {
  const value = doc?.title ?? doc?.companyName ?? doc?.question ?? doc?.name ?? doc?.email
  return typeof value === 'string' ? value : null
}
