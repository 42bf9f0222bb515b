import type { CollectionAfterChangeHook } from 'payload'

import { adminPath } from '../../../lib/adminLinks'
import { idOf } from '../../../lib/ids'
import { notify } from '../../../notifications/notify'

/** The new assignee hears of it, once the change is committed (the message is queued in its transaction). */
export const notifyAssignment: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const assignee = idOf(doc.assignee)
  if (!req.user || !assignee || (operation === 'update' && assignee === idOf(previousDoc?.assignee))) return doc
  await notify(req, [assignee], {
    kind: 'assignment',
    subject: { title: doc.title, path: adminPath('subjects', doc.id) },
    by: req.user.name,
    dueDate: doc.dueDate,
    angle: doc.angle,
  })
  return doc
}
