import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { CLOSING_MEETING } from '../collections/EditorialMeetings/hooks/freezeClosed'
import { refusal, subjectMoveMessage } from '../hooks/refusal'
import { formatDateTime, translate } from '../i18n/translate'
import { boardPath } from '../lib/adminLinks'
import { now } from '../lib/clock'
import { idOf, rawId } from '../lib/ids'
import { addWeeks } from '../lib/isoWeek'
import {
  planClose,
  type Application,
  type CloseProblem,
  type RecordedDecision,
  type SubjectState,
} from '../lib/meetingClose'
import { scopeFor } from '../lib/permissions'
import { isDecider, type Decision, type SubjectStatus } from '../lib/subjectFlow'
import { notify } from '../notifications/notify'
import type { EditorialMeeting, Subject } from '../payload-types'
import { documented } from '../openapi/customEndpoints'
import { errors, json, pathParam } from '../openapi/operation'

const WEEK = 7 * 86_400_000

type Meeting = EditorialMeeting

const state = (s: Subject): SubjectState => ({ id: String(s.id), title: s.title, status: s.status as SubjectStatus })
// Ids are written back as stored: numbers in SQL databases, strings in MongoDB.
const withMeeting = (s: Subject, meetingId: number) =>
  [...new Map([...(s.meetings ?? []), meetingId].map((m) => [String(idOf(m)), rawId(m)])).values()] as number[]

async function subjectsOf(req: PayloadRequest, meeting: Meeting, decisions: RecordedDecision[]) {
  const { docs } = await req.payload.find({
    collection: 'subjects',
    where: { or: [{ meetings: { in: [meeting.id] } }, { id: { in: decisions.map((d) => d.subject) } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((s) => [String(s.id), s]))
}

/** Carries one decision out, as the person closing: the subject workflow checks every move again. */
async function applyDecision(
  req: PayloadRequest,
  subject: Subject,
  { decision, steps }: Application,
  meeting: Meeting,
) {
  const recorded = meeting.decisions?.find((d) => idOf(d.subject) === String(subject.id))
  const fields = {
    meetings: withMeeting(subject, meeting.id),
    ...(recorded?.assignee ? { assignee: rawId(recorded.assignee) as number } : {}),
    ...(decision.dueDate ? { dueDate: decision.dueDate } : {}),
  }
  const moves = steps.length ? steps : [subject.status as SubjectStatus]
  for (const status of moves) {
    try {
      await req.payload.update({
        collection: 'subjects',
        id: subject.id,
        data: { ...fields, status },
        depth: 0,
        overrideAccess: false,
        req,
      })
    } catch (error) {
      const { message, status: code } = error as APIError
      const why = { title: subject.title, decision: decision.decision, why: message }
      throw new APIError(translate(req, 'meetingNotApplied', why), code && code < 500 ? code : 500)
    }
  }
}

function closeProblemMessage(req: PayloadRequest, problem: CloseProblem): string {
  if (problem.code !== 'meetingSubjectRefused') return translate(req, problem.code, problem)
  return translate(req, problem.code, { title: problem.title, why: subjectMoveMessage(req, problem.verdict) })
}

async function nextMeeting(req: PayloadRequest, meeting: Meeting): Promise<Meeting> {
  const week = addWeeks(meeting.week, 1)
  const { docs } = await req.payload.find({
    collection: 'editorial-meetings',
    where: { week: { equals: week } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (docs[0]?.status === 'closed') throw refusal(req, 409, 'meetingNextClosed', { week })
  if (docs[0]) return docs[0]
  return req.payload.create({
    collection: 'editorial-meetings',
    data: {
      week,
      date: new Date(Date.parse(meeting.date) + WEEK).toISOString(),
      status: 'planned',
      facilitator: rawId(meeting.facilitator) as number | null,
      attendees: (meeting.attendees ?? []).map(rawId) as number[],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * `POST /api/editorial-meetings/:id/close` (editors). In one transaction: applies every decision
 * to its subject (status, assignee, due date), carries postponed and undecided subjects over to
 * next week's meeting (created if missing), and closes the meeting, which is read-only from then
 * on. A decision that no longer fits its subject is reported and nothing at all is applied.
 */
const closeMeeting: Endpoint = {
  path: '/:id/close',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw refusal(req, 401, 'meetingCloseSignIn')
    const user = req.user
    const roles = user.roles ?? []
    if (scopeFor(roles, 'editorial-meetings', 'update') !== 'all' || !isDecider(roles))
      throw refusal(req, 403, 'meetingCloseEditorsOnly')
    const id = String(req.routeParams?.id)
    const shouldCommit = await initTransaction(req)
    try {
      const meeting = (await req.payload.findByID({
        collection: 'editorial-meetings',
        id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as Meeting | null
      if (!meeting) throw refusal(req, 404, 'meetingNotFound', { id })
      if (meeting.status === 'closed')
        throw refusal(req, 409, 'meetingAlreadyClosed', {
          week: meeting.week,
          at: meeting.closedAt ? formatDateTime(req, meeting.closedAt) : '',
        })
      if (meeting.status !== 'open') throw refusal(req, 409, 'meetingNotOpened', { week: meeting.week })

      const decisions: RecordedDecision[] = (meeting.decisions ?? []).map((d) => ({
        subject: String(idOf(d.subject)),
        decision: d.decision as Decision,
        assignee: idOf(d.assignee),
        dueDate: d.dueDate ?? null,
        note: d.note ?? null,
      }))
      const subjects = await subjectsOf(req, meeting, decisions)
      const agenda = [...subjects.values()]
        .filter((s) => (s.meetings ?? []).some((m) => idOf(m) === String(meeting.id)))
        .map(state)
      const plan = planClose(agenda, decisions, new Map([...subjects].map(([key, s]) => [key, state(s)])), roles)
      if (plan.problems.length) {
        const problems = plan.problems.map((problem) => closeProblemMessage(req, problem))
        throw new APIError(translate(req, 'meetingCannotClose', { problems: problems.join(' ') }), 409, { problems })
      }

      for (const application of plan.apply)
        await applyDecision(req, subjects.get(application.subject.id)!, application, meeting)
      const next = plan.carryOver.length ? await nextMeeting(req, meeting) : null
      for (const carried of plan.carryOver) {
        const fresh = await req.payload.findByID({
          collection: 'subjects',
          id: carried.id,
          depth: 0,
          overrideAccess: true,
          req,
        })
        await req.payload.update({
          collection: 'subjects',
          id: carried.id,
          data: { meetings: withMeeting(fresh, next!.id) },
          depth: 0,
          overrideAccess: false,
          req,
        })
      }

      req.context[CLOSING_MEETING] = String(meeting.id)
      const closed = await req.payload.update({
        collection: 'editorial-meetings',
        id: meeting.id,
        data: { status: 'closed', closedAt: now().toISOString(), closedBy: user.id },
        depth: 0,
        overrideAccess: true,
        req,
      })
      delete req.context[CLOSING_MEETING]

      const names = await userNames(
        req,
        decisions.map((d) => d.assignee),
      )
      await notify(req, [idOf(meeting.facilitator), ...(meeting.attendees ?? []).map(idOf)], {
        kind: 'meetingClosed',
        meeting: { title: meeting.week, path: boardPath(meeting.id) },
        by: user.name,
        decisions: plan.apply.map(({ subject, decision }) => ({
          title: subject.title,
          decision: decision.decision,
          assignee: decision.assignee ? names.get(decision.assignee) : null,
          dueDate: decision.dueDate,
          note: decision.note,
        })),
        carriedOver: plan.carryOver.map((s) => s.title),
        nextWeek: next?.week,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({
        message: translate(req, 'meetingClosed', { week: meeting.week }),
        meeting: { id: closed.id, week: closed.week, status: closed.status, closedAt: closed.closedAt },
        applied: plan.apply.map(({ subject, decision, steps }) => ({
          subject: subjects.get(subject.id)!.id,
          title: subject.title,
          decision: decision.decision,
          from: subject.status,
          to: steps.at(-1) ?? subject.status,
        })),
        carriedOver: plan.carryOver.map((s) => subjects.get(s.id)!.id),
        nextMeeting: next ? { id: next.id, week: next.week } : null,
      })
    } catch (error) {
      delete req.context[CLOSING_MEETING]
      await killTransaction(req)
      throw error
    }
  },
}

async function userNames(req: PayloadRequest, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))]
  if (!wanted.length) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((u) => [String(u.id), u.name]))
}

export const closeMeetingEndpoint: Endpoint = documented(closeMeeting, {
  summary: 'Close an open meeting: apply its decisions, carry subjects over to next week (editors)',
  parameters: [pathParam('id', 'The meeting id.')],
  responses: {
    '200': json('Closed.', {
      type: 'object',
      properties: {
        message: { type: 'string' },
        meeting: { type: 'object' },
        applied: { type: 'array', items: { type: 'object' } },
        carriedOver: { type: 'array', items: { type: ['integer', 'string'] } },
        nextMeeting: { type: ['object', 'null'] },
      },
    }),
    ...errors(401, 403, 404, 409),
  },
})
