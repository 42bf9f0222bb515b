import { APIError, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'

import { overdueMediaRequests } from '../collections/MediaRequests/overdue'
import { groupByStatus } from '../lib/board'
import { now } from '../lib/clock'
import { titleFieldOf } from '../lib/deliverable'
import { idOf } from '../lib/ids'
import { scopeFor } from '../lib/permissions'
import { isDecider, subjectMovesFor, type SubjectStatus } from '../lib/subjectFlow'
import type { EditorialMeeting, Subject, User } from '../payload-types'

type Deliverable = { collection: string; id: number | string; title: string | null; status: string | null; workflowStatus: string | null }

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
    const { docs } = await req.payload.find({ collection: collection as CollectionSlug, where: { id: { in: ids } }, draft: true, depth: 0, pagination: false, overrideAccess: false, user: req.user, req })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const title = doc[titleFieldOf(collection)]
      found.set(`${collection}:${doc.id}`, { collection, id: doc.id as number, title: typeof title === 'string' ? title : null, status: (doc._status as string) ?? null, workflowStatus: (doc.workflowStatus as string) ?? null })
    }
  }
  return found
}

const person = (value: unknown) => (value && typeof value === 'object' ? { id: (value as User).id, name: (value as User).name } : value ? { id: value, name: null } : null)

/**
 * `GET /api/editorial-meetings/:id/board`: the week's subjects (its agenda and the subjects it has
 * decisions on) in one column per status, with assignee, due date, the piece's status, the
 * decision recorded for each, and the moves the asking user may make.
 */
export const meetingBoardEndpoint: Endpoint = {
  path: '/:id/board',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to see the board.', 401)
    const user = req.user
    const meeting = (await req.payload.findByID({ collection: 'editorial-meetings', id: String(req.routeParams?.id), depth: 1, overrideAccess: false, user, disableErrors: true, req })) as EditorialMeeting | null
    if (!meeting) throw new APIError('No such editorial meeting, or it is not yours to see.', 404)
    const decisions = new Map((meeting.decisions ?? []).map((d) => [String(idOf(d.subject)), d]))
    const { docs } = await req.payload.find({
      collection: 'subjects',
      where: { or: [{ meetings: { in: [meeting.id] } }, { id: { in: [...decisions.keys()] } }] },
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
      return {
        id: s.id,
        title: s.title,
        angle: s.angle ?? null,
        priority: s.priority,
        source: s.source,
        targetType: s.targetType ?? null,
        status: s.status as SubjectStatus,
        assignee,
        dueDate: s.dueDate ?? null,
        deliverable: s.deliverable ? (pieces.get(`${s.deliverable.relationTo}:${idOf(s.deliverable.value)}`) ?? { collection: s.deliverable.relationTo, id: idOf(s.deliverable.value), title: null, status: null, workflowStatus: null }) : null,
        decision: decision ? { decision: decision.decision, assignee: person(decision.assignee), dueDate: decision.dueDate ?? null, note: decision.note ?? null } : null,
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
      canDecide: meeting.status !== 'closed' && isDecider(roles) && scopeFor(roles, 'editorial-meetings', 'update') === 'all',
      columns: groupByStatus(cards),
      // Journalists waiting past their deadline: the meeting decides who answers (those who may read requests).
      overdueMediaRequests: scopeFor(roles, 'media-requests', 'read') ? await overdueMediaRequests(req.payload, now(), req) : [],
    })
  },
}
