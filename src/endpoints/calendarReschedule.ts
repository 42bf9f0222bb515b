import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'

import { titleOf, writeAudit } from '../hooks/audit'
import { refusal } from '../hooks/refusal'
import { translate } from '../i18n/translate'
import { CALENDAR_TYPES, type CalendarType } from '../calendar/items'
import { idOf } from '../lib/ids'
import { assertSchedulable } from './schedule'
import { documented } from '../openapi/customEndpoints'
import { errors, json, worded } from '../openapi/operation'

type Body = { type: CalendarType; id: number | string; at: string }

/** A queued publication moves only if it would be accepted if asked for now: approved, after the embargo, by an editor. */
async function movePublication(req: PayloadRequest, jobId: string, at: Date) {
  const job = await req.payload.findByID({
    collection: 'payload-jobs',
    id: jobId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const input = job?.input as
    { type?: 'publish' | 'unpublish'; doc?: { relationTo: string; value: unknown } } | undefined
  if (!job || job.taskSlug !== 'schedulePublish' || !input?.doc)
    throw refusal(req, 404, 'rescheduleNoJob', { id: jobId })
  if (job.completedAt || job.processing) throw refusal(req, 409, 'rescheduleAlreadyRun')
  const type = input.type ?? 'publish'
  const doc = await assertSchedulable(req, input.doc.relationTo, String(idOf(input.doc.value)), { type, at })
  await req.payload.update({
    collection: 'payload-jobs',
    id: jobId,
    data: { waitUntil: at.toISOString() },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await writeAudit(req, {
    action: 'schedule',
    collection: input.doc.relationTo,
    documentId: String(idOf(input.doc.value)),
    documentTitle: titleOf(doc),
    note: `${type} moved to ${at.toISOString()}`,
  })
}

/** An event keeps its length: both ends move. */
async function moveEvent(req: PayloadRequest, id: string, at: Date) {
  const event = await req.payload.findByID({
    collection: 'events',
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const length = Date.parse(event.endsAt) - Date.parse(event.startsAt)
  await req.payload.update({
    collection: 'events',
    id,
    data: { startsAt: at.toISOString(), endsAt: new Date(at.getTime() + length).toISOString() },
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
}

const MOVES: Record<CalendarType, (req: PayloadRequest, id: string, at: Date) => Promise<unknown>> = {
  publication: movePublication,
  subject: (req, id, at) =>
    req.payload.update({
      collection: 'subjects',
      id,
      data: { dueDate: at.toISOString() },
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    }),
  event: moveEvent,
  meeting: (req, id, at) =>
    req.payload.update({
      collection: 'editorial-meetings',
      id,
      data: { date: at.toISOString() },
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    }),
}

/**
 * `POST /api/calendar/reschedule` with `{ "type", "id", "at" }`: moves a calendar item to a new
 * date under the rules that apply to it: a publication is checked like a new schedule request
 * (src/endpoints/schedule.ts), a subject's due date belongs to the editors and to open subjects,
 * a closed meeting does not move and an open one stays in its week, an event is edited as any edit.
 */
const calendarReschedule: Endpoint = {
  path: '/calendar/reschedule',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw refusal(req, 401, 'rescheduleSignIn')
    // Checked at the edge against the published schema, in these words.
    const body = (await req.json!()) as Body
    const at = new Date(body.at)
    const shouldCommit = await initTransaction(req)
    try {
      await MOVES[body.type as CalendarType](req, String(body.id), at)
      if (shouldCommit) await commitTransaction(req)
      return Response.json({
        message: translate(req, 'rescheduled'),
        type: body.type,
        id: body.id,
        at: at.toISOString(),
      })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}

export const calendarRescheduleEndpoint: Endpoint = documented(calendarReschedule, {
  summary: 'Move a calendar item to a new date, under the rules that apply to it',
  requestBody: {
    required: true,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['type', 'id', 'at'],
          properties: {
            type: worded({ type: 'string', enum: [...CALENDAR_TYPES] }, 'rescheduleBadType'),
            id: worded({ type: ['integer', 'string'], minLength: 1 }, 'rescheduleIdRequired'),
            at: worded({ type: 'string', format: 'date-time' }, 'rescheduleBadAt'),
          },
        },
      },
    },
  },
  responses: {
    '200': json('Moved.', {
      type: 'object',
      properties: {
        message: { type: 'string' },
        type: { type: 'string' },
        id: { type: ['integer', 'string'] },
        at: { type: 'string' },
      },
    }),
    ...errors(400, 401, 403, 404, 409),
  },
})
