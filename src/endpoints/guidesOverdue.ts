import type { Endpoint } from 'payload'

import { refusal } from '../hooks/refusal'
import { now } from '../lib/clock'
import { isStaff } from '../lib/roles'
import { documented } from '../openapi/customEndpoints'
import { errors, json, ref } from '../openapi/operation'

/** Guides whose review date has passed, oldest first: the knowledge-base team's to-do list. */
export const guidesOverdue: Endpoint = documented(
  {
    path: '/overdue',
    method: 'get',
    handler: async (req) => {
      if (!isStaff(req.user)) throw refusal(req, 403, 'guidesOverdueStaffOnly')
      const result = await req.payload.find({
        collection: 'guides',
        where: { reviewDueAt: { less_than: now().toISOString() } },
        sort: 'reviewDueAt',
        limit: 200,
        depth: 0,
        draft: true,
        overrideAccess: false,
        user: req.user,
        req,
        locale: req.locale,
      })
      return Response.json(
        { docs: result.docs, totalDocs: result.totalDocs },
        { headers: { 'cache-control': 'private, no-store' } },
      )
    },
  },
  {
    summary: 'Guides whose review date has passed, oldest first (staff)',
    responses: {
      '200': json('Overdue guides, drafts included.', {
        type: 'object',
        properties: { docs: { type: 'array', items: ref('guides') }, totalDocs: { type: 'integer' } },
      }),
      ...errors(403),
    },
  },
)
