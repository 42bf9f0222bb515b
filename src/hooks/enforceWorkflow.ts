import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { editorialFields, fieldsChangedBy } from '../lib/changes'
import { may } from '../lib/permissions'
import { checkTransition, isWorkflowStatus, publishProblem, type WorkflowStatus } from '../lib/workflow'
import { isOwner } from './ownership'

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
  const from: WorkflowStatus = operation === 'create' ? 'draft' : isWorkflowStatus(originalDoc?.workflowStatus) ? originalDoc.workflowStatus : 'draft'
  // An autosave carries the form as it was loaded: it must not undo a move made meanwhile.
  const autosave = req.searchParams?.get('autosave') === 'true'
  const requested = autosave ? from : (data.workflowStatus ?? from)
  if (!isWorkflowStatus(requested)) {
    throw new APIError(`"${String(requested)}" is not a review status.`, 400)
  }
  const owner = operation === 'create' || isOwner(collection.slug, originalDoc, req.user.id)

  let to: WorkflowStatus = requested
  if (to !== from) {
    const verdict = checkTransition(from, to, roles, owner)
    if (!verdict.ok) throw new APIError(verdict.message, verdict.status)
  } else if (from === 'approved' && operation === 'update' && !may(roles, collection.slug, 'publish')) {
    // The social copy and distribution settings are not what the review approved.
    if (editorialFields(fieldsChangedBy(data, originalDoc)).length) to = 'draft'
  }

  if (data._status === 'published') {
    const problem = publishProblem(to)
    if (problem) throw new APIError(problem, 400)
  }
  return { ...data, workflowStatus: to }
}
