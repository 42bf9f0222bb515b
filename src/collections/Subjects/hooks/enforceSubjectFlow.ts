import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { refusal, subjectMoveMessage } from '../../../hooks/refusal'
import { idOf, refOf, sameInstant } from '../../../lib/ids'
import {
  checkSubjectTransition,
  isDecider,
  isSubjectStatus,
  NEEDS_ASSIGNEE,
  OPEN_STATUSES,
  type SubjectStatus,
} from '../../../lib/subjectFlow'

/**
 * Marks the one subject the platform itself moves (its piece was published): set in `req.context`
 * around that update only. The move must still be a step of the table.
 */
export const SYSTEM_DELIVERY = 'subjects:systemDelivery'

/**
 * The subject workflow for REST, GraphQL and the Local API alike: a status change is checked
 * against the transition table; assigning and due dates belong to the deciders; linking the piece
 * to the assignee and the deciders; an assigned subject needs its assignee.
 */
export const enforceSubjectFlow: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const from: SubjectStatus =
    operation === 'update' && isSubjectStatus(originalDoc?.status) ? originalDoc.status : 'proposed'
  const to = data.status ?? from
  if (!isSubjectStatus(to)) throw refusal(req, 400, 'subjectNotAStatus', { status: String(to) })
  const before = operation === 'update' ? originalDoc : undefined
  const assignee = 'assignee' in data ? idOf(data.assignee) : idOf(before?.assignee)
  const system = !req.user || req.context[SYSTEM_DELIVERY] === String(before?.id)

  if (!system && req.user) {
    const roles = req.user.roles ?? []
    const changed = (field: string, same: (a: unknown, b: unknown) => boolean) =>
      field in data && !same(data[field], before?.[field])
    const assigneeChanged = changed('assignee', (a, b) => idOf(a) === idOf(b))
    const dueDateChanged = changed('dueDate', sameInstant)
    if (!isDecider(roles) && (assigneeChanged || dueDateChanged)) {
      throw refusal(req, 403, 'subjectAssignEditorsOnly')
    }
    const isAssignee = assignee === String(req.user.id)
    if (changed('deliverable', (a, b) => refOf(a) === refOf(b)) && !isDecider(roles) && !isAssignee) {
      throw refusal(req, 403, 'subjectLinkAssigneeOnly')
    }
    const verdict = checkSubjectTransition(from, to, roles, isAssignee)
    if (!verdict.ok) throw new APIError(subjectMoveMessage(req, verdict), verdict.status)
    if (dueDateChanged && !OPEN_STATUSES.includes(to)) throw refusal(req, 400, 'subjectClosedDueDate', { status: to })
  } else if (operation === 'update' && to !== from && !checkSubjectTransition(from, to, ['admin'], true).ok) {
    // The platform's own moves follow the table too; what it creates (seed, imports) states its status.
    throw refusal(req, 400, 'subjectMoveUnknown', { from, to })
  }

  if (NEEDS_ASSIGNEE.includes(to) && !assignee) throw refusal(req, 400, 'subjectNeedsAssignee', { status: to })
  return { ...data, status: to }
}
