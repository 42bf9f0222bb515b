import type { CollectionAfterChangeHook } from 'payload'

import { adminPath } from '../lib/adminLinks'
import { idOf } from '../lib/ids'
import { AUTHOR_FIELD } from '../lib/permissions'
import { notify } from '../notifications/notify'
import { titleOf } from './audit'

/**
 * The review workflow's two hand-overs, by e-mail: a piece submitted for review goes to the
 * editors; changes requested go back to its authors. Queued in the change's transaction.
 */
export const notifyReview: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, collection, req }) => {
  if (!req.user) return doc
  const from = operation === 'create' ? 'draft' : previousDoc?.workflowStatus
  const to = doc.workflowStatus
  if (to === from) return doc
  const link = { title: titleOf(doc) ?? `#${doc.id}`, path: adminPath(collection.slug, doc.id) }
  if (to === 'in-review' && (from === 'draft' || from === 'changes-requested')) {
    const { docs: editors } = await req.payload.find({
      collection: 'users',
      where: { roles: { in: ['editor'] } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    await notify(
      req,
      editors.map((editor) => editor.id),
      { kind: 'reviewRequested', doc: link, by: req.user.name },
    )
  }
  if (to === 'changes-requested') {
    const field = AUTHOR_FIELD[collection.slug]
    const authors = field && Array.isArray(doc[field]) ? (doc[field] as unknown[]).map(idOf) : []
    await notify(req, [idOf(doc.createdBy), ...authors], {
      kind: 'changesRequested',
      doc: link,
      by: req.user.name,
      note: doc.reviewNote,
    })
  }
  return doc
}
