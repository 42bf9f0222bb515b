import { type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'

import { overdueMediaRequests } from '../collections/MediaRequests/overdue'
import { DELIVERED_SHOWN_DAYS, groupByStatus, IN_FLIGHT } from '../lib/board'
import { now } from '../lib/clock'
import { refusal } from '../hooks/refusal'
import { translate, type MessageKey } from '../i18n/translate'
import { titleFieldOf } from '../lib/deliverable'
import { idOf } from '../lib/ids'
import { scopeFor } from '../lib/permissions'
import { isDecider, subjectMovesFor, type SubjectStatus } from '../lib/subjectFlow'
import type { EditorialMeeting, Subject, User } from '../payload-types'
import { documented } from '../openapi/customEndpoints'
import { errors, json, pathParam } from '../openapi/operation'

type Deliverable = {
  collection: string
  id: number | string
  title: string | null
  status: string | null
  workflowStatus: string | null
}

/** The pieces behind the subjects, as the user may see them (drafts included, for staff). */
async function deliverables(req: PayloadRequest, subjects: Subject[]): Promise<Map<string, Deliverable>> {
  const byCollection = new Map<string, string[]>()
  for (const s of subjects) {
    if (!s.deliverable) continue
    const ids = byCollection.get(s.deliverable.relationTo) ?? []
    ids.push(String(idOf(s.deliverable.value)))
    byCollection.set(s.deliverable.relationTo, ids)
  }
  const found = new Map<string, Deliverable>()
  for (const [collection, ids] of byCollection) {
    const { docs } = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const title = doc[titleFieldOf(collection)]
      found.set(`${collection}:${String(doc.id)}`, {
        collection,
        id: doc.id as number,
        title: typeof title === 'string' ? title : null,
        status: (doc._status as string) ?? null,
        workflowStatus: (doc.workflowStatus as string) ?? null,
      })
    }
  }
  return found
}

const person = (value: unknown) =>
  value && typeof value === 'object'
    ? { id: (value as User).id, name: (value as User).name }
    : value
      ? { id: value, name: null }
      : null

/**
 * `GET /api/editorial-meetings/:id/board`: the week's subjects (its agenda and the subjects it has
 * decisions on) and every subject in flight whatever its week (accepted, assigned, in progress, and
 * delivered lately: the newsroom follows them until they land), in one column per status, with assignee, due date, the piece's status, the
 * decision recorded for each, and the moves the asking user may make.
 */
const meetingBoard: Endpoint = {
  path: '/:id/board',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw refusal(req, 401, 'boardSignIn')
    const user = req.user
    const meeting = (await req.payload.findByID({
      collection: 'editorial-meetings',
      id: String(req.routeParams?.id),
      depth: 1,
      overrideAccess: false,
      user,
      disableErrors: true,
      req,
    })) as EditorialMeeting | null
    if (!meeting) throw refusal(req, 404, 'boardMeetingNotFound')
    const decisions = new Map((meeting.decisions ?? []).map((d) => [String(idOf(d.subject)), d]))
    const { docs } = await req.payload.find({
      collection: 'subjects',
      where: {
        or: [
          { meetings: { in: [meeting.id] } },
          { id: { in: [...decisions.keys()] } },
          { status: { in: [...IN_FLIGHT] } },
          {
            and: [
              { status: { equals: 'delivered' } },
              {
                updatedAt: {
                  greater_than: new Date(now().getTime() - DELIVERED_SHOWN_DAYS * 86_400_000).toISOString(),
                },
              },
            ],
          },
        ],
      },
      depth: 1,
      pagination: false,
      overrideAccess: false,
      user,
      req,
    })
    const pieces = await deliverables(req, docs)
    const roles = user.roles ?? []
    const cards = docs.map((s) => {
      const decision = decisions.get(String(s.id))
      const assignee = person(s.assignee)
      const onAgenda =
        (s.meetings ?? []).some((m) => String(idOf(m)) === String(meeting.id)) || decisions.has(String(s.id))
      return {
        onAgenda,
        id: s.id,
        title: s.title,
        angle: s.angle ?? null,
        priority: s.priority,
        source: s.source,
        targetType: s.targetType ?? null,
        status: s.status as SubjectStatus,
        assignee,
        dueDate: s.dueDate ?? null,
        deliverable: s.deliverable
          ? (pieces.get(`${s.deliverable.relationTo}:${idOf(s.deliverable.value)}`) ?? {
              collection: s.deliverable.relationTo,
              id: idOf(s.deliverable.value),
              title: null,
              status: null,
              workflowStatus: null,
            })
          : null,
        decision: decision
          ? {
              decision: decision.decision,
              assignee: person(decision.assignee),
              dueDate: decision.dueDate ?? null,
              note: decision.note ?? null,
            }
          : null,
        moves: subjectMovesFor(s.status as SubjectStatus, roles, String(assignee?.id) === String(user.id)),
      }
    })
    return Response.json({
      meeting: {
        id: meeting.id,
        week: meeting.week,
        date: meeting.date,
        status: meeting.status,
        facilitator: person(meeting.facilitator),
        attendees: (meeting.attendees ?? []).map(person),
      },
      canDecide:
        meeting.status !== 'closed' && isDecider(roles) && scopeFor(roles, 'editorial-meetings', 'update') === 'all',
      columns: groupByStatus(cards).map((column) => ({
        ...column,
        label: translate(req, `workState_${column.status}` as MessageKey),
      })),
      // Journalists waiting past their deadline: the meeting decides who answers (those who may read requests).
      overdueMediaRequests: scopeFor(roles, 'media-requests', 'read')
        ? await overdueMediaRequests(req.payload, now(), req)
        : [],
    })
  },
}

export const meetingBoardEndpoint: Endpoint = documented(meetingBoard, {
  summary: 'The week’s subjects in one column per status, with decisions and the moves the caller may make',
  parameters: [pathParam('id', 'The meeting id.')],
  responses: {
    '200': json('The board.', {
      type: 'object',
      required: ['meeting', 'canDecide', 'columns'],
      properties: {
        meeting: {
          type: 'object',
          properties: { id: { type: ['integer', 'string'] }, week: { type: 'string' }, status: { type: 'string' } },
        },
        canDecide: { type: 'boolean' },
        columns: {
          type: 'array',
          items: {
            type: 'object',
            required: ['status', 'label', 'subjects'],
            properties: {
              status: { type: 'string' },
              label: { type: 'string' },
              subjects: { type: 'array', items: { type: 'object' } },
            },
          },
        },
      },
    }),
    ...errors(401, 403, 404),
  },
})
