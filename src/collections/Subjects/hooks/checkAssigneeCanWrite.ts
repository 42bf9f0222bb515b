import type { CollectionBeforeChangeHook } from 'payload'

import { refusal } from '../../../hooks/refusal'
import { idOf } from '../../../lib/ids'
import { may } from '../../../lib/permissions'

/**
 * A subject is given to someone who can write its kind of piece: assigning an article to the
 * community manager, who may not create articles, would leave a piece nobody assigned can start.
 */
export const checkAssigneeCanWrite: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const before = operation === 'update' ? originalDoc : undefined
  const assignee = 'assignee' in data ? idOf(data.assignee) : idOf(before?.assignee)
  const targetType = (data.targetType ?? before?.targetType) as string | null | undefined
  if (!assignee || !targetType) return data
  if (assignee === idOf(before?.assignee) && targetType === before?.targetType) return data
  const user = await req.payload.findByID({
    collection: 'users',
    id: assignee,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!user) throw refusal(req, 400, 'subjectNoSuchAssignee', { id: assignee })
  if (!may(user.roles, targetType, 'create')) {
    throw refusal(req, 400, 'subjectAssigneeCannotWrite', { name: user.name, type: targetType })
  }
  return data
}
