import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { translate } from '../i18n/translate'
import { editorialFields, fieldsChangedBy } from '../lib/changes'
import { may } from '../lib/permissions'
import { checkTransition, isWorkflowStatus, type WorkflowStatus } from '../lib/workflow'
import { isOwner } from './ownership'
import { refusal, statusLabel } from './refusal'

/**
 * The review workflow, enforced for REST, GraphQL and the Local API alike. A status change is a
 * request checked against the transition table; publishing needs an approved piece; an approved
 * piece whose editorial content is edited by someone who may not approve goes back to draft, since
 * the approval no longer covers what it says.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, collection }) => {
  // System work (seed, imports, jobs without a user) is not a newsroom decision; what it publishes
  // it publishes as approved.
  if (!req.user) return data._status === 'published' ? { ...data, workflowStatus: 'approved' } : data
  const roles = req.user.roles ?? []
  const stored = originalDoc?.workflowStatus
  const from: WorkflowStatus = operation === 'create' ? 'draft' : isWorkflowStatus(stored) ? stored : 'draft'
  // An autosave carries the form as it was loaded: it must not undo a move made meanwhile.
  const autosave = req.searchParams?.get('autosave') === 'true'
  const requested = autosave ? from : (data.workflowStatus ?? from)
  if (!isWorkflowStatus(requested)) throw refusal(req, 400, 'notAStatus', { status: String(requested) })
  const owner = operation === 'create' || isOwner(collection.slug, originalDoc, req.user.id)

  let to: WorkflowStatus = requested
  if (to !== from) {
    const verdict = checkTransition(from, to, roles, owner)
    if (!verdict.ok) throw moveRefused(req, verdict.status, from, to, verdict.allowed)
  } else if (from === 'approved' && operation === 'update' && !may(roles, collection.slug, 'publish')) {
    // The social copy and distribution settings are not what the review approved.
    if (editorialFields(fieldsChangedBy(data, originalDoc)).length) to = 'draft'
  }

  if (data._status === 'published' && to !== 'approved') {
    throw refusal(req, 400, 'publishNeedsApproval', { status: statusLabel(req, to) })
  }
  return { ...data, workflowStatus: to }
}

/** Why the move is refused, and which moves this user has from there. */
function moveRefused(
  req: PayloadRequest,
  status: 400 | 403,
  from: WorkflowStatus,
  to: WorkflowStatus,
  allowed: WorkflowStatus[],
) {
  const names = { from: statusLabel(req, from), to: statusLabel(req, to) }
  const moves = allowed.map((move) => statusLabel(req, move)).join(', ')
  const why = translate(req, status === 403 ? 'moveForbidden' : 'moveUnknown', names)
  const yours = translate(req, allowed.length ? 'yourMoves' : 'noMoves', { from: names.from, moves })
  return new APIError(`${why} ${yours}`, status)
}
