import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
} from 'payload'

import { changedFields } from '../lib/changes'
import { may } from '../lib/permissions'
import { titleOf, writeAudit, type AuditAction } from './audit'
import { refusal } from './refusal'

type Doc = Record<string, unknown>

const statusOf = (doc: Doc | undefined) => (doc ? [doc._status, doc.workflowStatus].filter(Boolean).join(', ') : null)
const draftKey = (collection: string, id: unknown) => `audit:draft:${collection}:${String(id)}`

/** afterChange cannot tell a draft save of a published piece from an unpublish: the operation can. */
export const noteDraftSave: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
  const { draft, id } = args as { draft?: boolean; id?: unknown }
  if (operation === 'update' && id !== undefined) req.context[draftKey(collection.slug, id)] = Boolean(draft)
  return args
}

function actionFor(
  operation: 'create' | 'update',
  doc: Doc,
  previousDoc: Doc | undefined,
  savingDraft: boolean,
): AuditAction {
  if (operation === 'create') return doc._status === 'published' ? 'publish' : 'create'
  if (doc._status === 'published') return previousDoc?._status === 'published' ? 'update' : 'publish'
  if (!savingDraft && previousDoc?._status === 'published' && doc._status === 'draft') return 'unpublish'
  if (doc.workflowStatus !== previousDoc?.workflowStatus) return 'transition'
  return 'update'
}

/** One entry per save, in its transaction. Autosaves while typing are not decisions and are skipped. */
export const auditContentChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  collection,
}) => {
  if (req.searchParams?.get('autosave') === 'true') return doc
  const savingDraft = Boolean(req.context[draftKey(collection.slug, doc.id)])
  const action = actionFor(operation, doc, previousDoc, savingDraft)
  await writeAudit(req, {
    action,
    collection: collection.slug,
    documentId: doc.id,
    documentTitle: titleOf(doc),
    changedFields: changedFields(operation === 'create' ? {} : previousDoc, doc),
    statusBefore: operation === 'create' ? null : statusOf(previousDoc),
    statusAfter: statusOf(doc),
    note: action === 'transition' && doc.reviewNote !== previousDoc?.reviewNote ? (doc.reviewNote as string) : null,
  })
  return doc
}

export const auditContentDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await writeAudit(req, {
    action: 'delete',
    collection: collection.slug,
    documentId: doc.id,
    documentTitle: titleOf(doc),
    statusBefore: statusOf(doc),
  })
  return doc
}

/** Restoring an old version rewrites a piece wholesale: an editor's decision, on the record. */
export const guardRestoreVersion: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
  if (operation === 'restoreVersion' && req.user && !may(req.user.roles, collection.slug, 'restoreVersion')) {
    throw refusal(req, 403, 'restoreEditorsOnly')
  }
  return args
}

export const auditRestoreVersion: CollectionAfterOperationHook = async ({
  operation,
  result,
  req,
  collection,
  args,
}) => {
  if (operation !== 'restoreVersion') return result
  const doc = result as unknown as Doc
  await writeAudit(req, {
    action: 'restore-version',
    collection: collection.slug,
    documentId: doc.id as string,
    documentTitle: titleOf(doc),
    statusAfter: statusOf(doc),
    note: `version ${String((args as { id?: unknown }).id)}`,
  })
  return result
}
