import { commitTransaction, initTransaction, killTransaction, type CollectionSlug, type Endpoint } from 'payload'

import { refusal, subjectMoveMessage } from '../hooks/refusal'
import { CREATED_FOR } from '../hooks/setCreatedBy'
import { translate } from '../i18n/translate'
import { adminPath } from '../lib/adminLinks'
import { draftFromSubject, isContentCollection } from '../lib/deliverable'
import { idOf, refOf } from '../lib/ids'
import { checkSubjectTransition, isDecider, isSubjectStatus } from '../lib/subjectFlow'
import type { Subject } from '../payload-types'
import { documented } from '../openapi/customEndpoints'
import { errors, json, pathParam } from '../openapi/operation'

/**
 * `POST /api/subjects/:id/start`: "start the piece". Creates the draft that will deliver the
 * subject, in its target collection, pre-filled from it and owned by its assignee; links the
 * subject to it (the piece shows its subject through a join) and moves the subject to in-progress,
 * all in one transaction. The assignee starts it, or an editor for them.
 */
const startPiece: Endpoint = {
  path: '/:id/start',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw refusal(req, 401, 'pieceSignIn')
    const user = req.user
    const roles = user.roles ?? []
    const id = String(req.routeParams?.id)
    const shouldCommit = await initTransaction(req)
    try {
      const subject = (await req.payload.findByID({
        collection: 'subjects',
        id,
        depth: 0,
        user,
        overrideAccess: false,
        disableErrors: true,
        req,
      })) as Subject | null
      if (!subject) throw refusal(req, 404, 'pieceNoSubject', { id })
      if (subject.deliverable) throw refusal(req, 409, 'pieceAlreadyStarted', { piece: refOf(subject.deliverable) })
      const target = subject.targetType
      if (!isContentCollection(target)) throw refusal(req, 400, 'pieceNeedsTargetType')
      const assigneeId = idOf(subject.assignee)
      if (!assigneeId) throw refusal(req, 400, 'pieceNeedsAssignee')
      const isAssignee = assigneeId === String(user.id)
      if (!isAssignee && !isDecider(roles)) throw refusal(req, 403, 'pieceAssigneeOnly')
      const status = isSubjectStatus(subject.status) ? subject.status : 'proposed'
      if (status !== 'in-progress') {
        const verdict = checkSubjectTransition(status, 'in-progress', roles, isAssignee)
        if (!verdict.ok)
          throw refusal(req, verdict.status, 'pieceNeedsAssigned', { why: subjectMoveMessage(req, verdict) })
      }
      const assignee = await req.payload.findByID({
        collection: 'users',
        id: assigneeId,
        depth: 0,
        overrideAccess: true,
        req,
      })

      req.context[CREATED_FOR] = assignee.id
      let piece: { id: number | string }
      try {
        piece = await req.payload.create({
          collection: target as CollectionSlug,
          data: draftFromSubject(target, subject, assignee) as never,
          draft: true,
          depth: 0,
          overrideAccess: false,
          req,
        })
      } finally {
        delete req.context[CREATED_FOR]
      }
      const updated = await req.payload.update({
        collection: 'subjects',
        id,
        data: { deliverable: { relationTo: target, value: piece.id } as never, status: 'in-progress' },
        depth: 0,
        overrideAccess: false,
        req,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json(
        {
          message: translate(req, 'pieceStarted'),
          doc: piece,
          subject: { id: updated.id, status: updated.status },
          adminUrl: adminPath(target, piece.id),
        },
        { status: 201 },
      )
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}

export const startPieceEndpoint: Endpoint = documented(startPiece, {
  summary: 'Start the piece of an assigned subject: its draft, pre-filled, linked, the subject in progress',
  parameters: [pathParam('id', 'The subject id.')],
  responses: {
    '201': json('Started.', {
      type: 'object',
      properties: {
        message: { type: 'string' },
        doc: { type: 'object' },
        subject: { type: 'object' },
        adminUrl: { type: 'string' },
      },
    }),
    ...errors(400, 401, 403, 404, 409),
  },
})
