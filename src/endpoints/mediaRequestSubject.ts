import { APIError, commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { translate } from '../i18n/translate'
import { idOf } from '../lib/ids'
import { may, scopeFor } from '../lib/permissions'
import { isDecider } from '../lib/subjectFlow'
import { documented } from '../openapi/customEndpoints'
import { errors, json, pathParam } from '../openapi/operation'
import type { MediaRequest } from '../payload-types'

const TITLE_MAX = 120

/** "Sollicitation presse : les faillites du trimestre", cut at a word when the request is long. */
export function subjectTitle(request: Pick<MediaRequest, 'subject'>): string {
  const text = request.subject.replace(/\s+/g, ' ').trim()
  const cut = text.length <= TITLE_MAX ? text : `${text.slice(0, TITLE_MAX).replace(/\s+\S*$/, '')}…`
  return `Sollicitation presse : ${cut}`
}

/**
 * `POST /api/media-requests/:id/subject`: "make it a planning subject", in one transaction: a
 * proposed subject from the press (its deadline as due date when an editor asks), linked from the
 * request. Editors, or the request's assignee.
 */
export const requestToSubjectEndpoint: Endpoint = documented(
  {
    path: '/:id/subject',
    method: 'post',
    handler: async (req) => {
      const user = req.user
      if (!user) throw new APIError(translate(req, 'requestSubjectForbidden'), 401)
      const roles = user.roles ?? []
      const shouldCommit = await initTransaction(req)
      try {
        const request = (await req.payload.findByID({
          collection: 'media-requests',
          id: String(req.routeParams?.id),
          depth: 0,
          user,
          overrideAccess: false,
          disableErrors: true,
          req,
        })) as MediaRequest | null
        if (!request) throw new APIError(translate(req, 'requestNotFound'), 404)
        const isAssignee = idOf(request.assignee) === String(user.id)
        if (!(scopeFor(roles, 'media-requests', 'update') === 'all' || isAssignee) || !may(roles, 'subjects', 'create'))
          throw new APIError(translate(req, 'requestSubjectForbidden'), 403)
        if (request.planningSubject)
          throw new APIError(translate(req, 'requestHasSubject', { id: idOf(request.planningSubject) }), 409)
        const subject = await req.payload.create({
          collection: 'subjects',
          data: {
            title: subjectTitle(request),
            angle: request.subject,
            source: 'press-request',
            sourceDetails: [
              request.outlet,
              request.journalistName,
              request.spokespersonWanted && `porte-parole souhaité : ${request.spokespersonWanted}`,
            ]
              .filter(Boolean)
              .join(' — '),
            ...(isDecider(roles) && request.deadline ? { dueDate: request.deadline } : {}),
          },
          user,
          overrideAccess: false,
          depth: 0,
          req,
        })
        await req.payload.update({
          collection: 'media-requests',
          id: request.id,
          data: { planningSubject: subject.id },
          depth: 0,
          overrideAccess: true,
          req,
        })
        if (shouldCommit) await commitTransaction(req)
        return Response.json(
          { subject: { id: subject.id, title: subject.title, status: subject.status } },
          { status: 201 },
        )
      } catch (error) {
        if (shouldCommit) await killTransaction(req)
        throw error
      }
    },
  },
  {
    summary: 'Turn a media request into a proposed planning subject (editors, or its assignee)',
    parameters: [pathParam('id', 'The request.')],
    responses: {
      201: json('The subject', { type: 'object' }),
      ...errors(401, 403, 404),
      409: { description: 'The request already has its subject.' },
    },
  },
)
