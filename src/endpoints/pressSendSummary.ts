import { APIError, type Endpoint } from 'payload'

import { translate } from '../i18n/translate'
import { may } from '../lib/permissions'
import { countSends } from '../lib/press/sendCounts'
import { documented } from '../openapi/customEndpoints'
import { errors, json, pathParam } from '../openapi/operation'

/**
 * `GET /api/press-releases/:id/send-summary` (staff who may read the release's drafts): how many
 * press contacts the release was sent to, and how it went. Counts only: no one is named.
 */
export const pressSendSummaryEndpoint: Endpoint = documented(
  {
    path: '/:id/send-summary',
    method: 'get',
    handler: async (req) => {
      if (!req.user) throw new APIError(translate(req, 'pressReleaseNotFound'), 401)
      if (!may(req.user.roles, 'press-releases', 'readDrafts'))
        throw new APIError(translate(req, 'pressReleaseNotFound'), 403)
      const id = String(req.routeParams?.id)
      const release = await req.payload.findByID({
        collection: 'press-releases',
        id,
        draft: true,
        depth: 0,
        user: req.user,
        overrideAccess: false,
        disableErrors: true,
        req,
      })
      if (!release) throw new APIError(translate(req, 'pressReleaseNotFound'), 404)
      const { docs } = await req.payload.find({
        collection: 'deliveries',
        where: {
          and: [
            { itemCollection: { equals: 'press-releases' } },
            { itemId: { equals: String(release.id) } },
            { channel: { equals: 'email' } },
          ],
        },
        select: { status: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      return Response.json(countSends(docs.map((d) => d.status)), { headers: { 'cache-control': 'no-store' } })
    },
  },
  {
    summary: 'Counts of a press release’s e-mails to the press lists',
    parameters: [pathParam('id', 'The release.')],
    responses: {
      200: json('Counts', {
        type: 'object',
        properties: {
          recipients: { type: 'integer' },
          sent: { type: 'integer' },
          failed: { type: 'integer' },
          pending: { type: 'integer' },
          cancelled: { type: 'integer' },
        },
        required: ['recipients', 'sent', 'failed', 'pending', 'cancelled'],
      }),
      ...errors(401, 403, 404),
    },
  },
)
