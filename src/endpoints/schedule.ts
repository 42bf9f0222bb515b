import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { writeAudit, titleOf } from '../hooks/audit'
import { refusal, statusLabel } from '../hooks/refusal'
import { now } from '../lib/clock'
import { may } from '../lib/permissions'
import { scheduleProblem, type ScheduleRequest } from '../lib/schedule'
import { isWorkflowStatus } from '../lib/workflow'
import { documented } from '../openapi/customEndpoints'
import { errors, json, pathParam, worded } from '../openapi/operation'

/**
 * Checks a request to schedule a piece when it is made, not only when it runs: the person must be
 * allowed to schedule, the piece approved, and publication not before its embargo ends. Used by
 * the REST endpoint and by the admin's schedule drawer.
 */
export async function assertSchedulable(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  request: ScheduleRequest,
): Promise<Record<string, unknown>> {
  if (!req.user) throw refusal(req, 401, 'scheduleSignIn')
  if (!may(req.user.roles, collection, 'schedule')) throw refusal(req, 403, 'scheduleEditorsOnly')
  const doc = (await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
    req,
  })) as Record<string, unknown> | null
  if (!doc) throw refusal(req, 404, 'scheduleNoDocument', { collection, id: String(id) })
  const workflowStatus = isWorkflowStatus(doc.workflowStatus) ? doc.workflowStatus : 'draft'
  const problem = scheduleProblem(request, { workflowStatus, embargoUntil: doc.embargoUntil as string | null }, now())
  if (problem) {
    const { code, ...vars } = problem
    const status = 'status' in vars ? statusLabel(req, vars.status) : undefined
    throw refusal(req, 400, code, { ...vars, status })
  }
  return doc
}

/** `POST /api/<collection>/:id/schedule` with `{ "at": ISO date, "type": "publish" | "unpublish" }`. */
export function scheduleEndpoint(collection: string): Endpoint {
  return documented(
    {
      path: '/:id/schedule',
      method: 'post',
      handler: async (req) => {
        const id = String(req.routeParams?.id)
        // Checked at the edge against SCHEDULE_DOC's schema, in these words.
        const body = (await req.json!()) as { at: string; type?: 'publish' | 'unpublish' }
        const type = body.type ?? 'publish'
        const request: ScheduleRequest = { type, at: new Date(body.at) }
        const shouldCommit = await initTransaction(req)
        try {
          const doc = await assertSchedulable(req, collection, id, request)
          const job = await req.payload.jobs.queue({
            task: 'schedulePublish',
            input: {
              type,
              doc: { relationTo: collection, value: id },
              user: { relationTo: 'users', value: req.user!.id },
            } as never,
            waitUntil: request.at,
            req,
          })
          await writeAudit(req, {
            action: 'schedule',
            collection,
            documentId: id,
            documentTitle: titleOf(doc),
            note: `${type} at ${request.at.toISOString()}`,
          })
          if (shouldCommit) await commitTransaction(req)
          return Response.json({ job: { id: job.id, type, at: request.at.toISOString() } }, { status: 201 })
        } catch (error) {
          await killTransaction(req)
          throw error
        }
      },
    },
    SCHEDULE_DOC,
  )
}

const SCHEDULE_DOC = {
  summary: 'Schedule the publication or unpublication of a piece (editors)',
  description: 'The piece must be approved, and publication cannot come before its embargo ends.',
  parameters: [pathParam('id', 'The piece.')],
  requestBody: {
    required: true,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['at'],
          properties: {
            at: worded({ type: 'string', format: 'date-time' }, 'scheduleAtRequired'),
            type: worded({ enum: ['publish', 'unpublish'], default: 'publish' }, 'scheduleBadType'),
          },
        },
      },
    },
  },
  responses: {
    '201': json('Queued.', {
      type: 'object',
      properties: {
        job: {
          type: 'object',
          properties: { id: { type: ['integer', 'string'] }, type: { type: 'string' }, at: { type: 'string' } },
        },
      },
    }),
    ...errors(400, 401, 403, 404),
  },
}
