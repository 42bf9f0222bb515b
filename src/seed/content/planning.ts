import type { Payload } from 'payload'

import { DEMO_ACCOUNTS } from '../accounts'
import { now } from '../../lib/clock'
import { addWeeks, isoWeekOf, mondayOf } from '../../lib/isoWeek'
import { slugify } from '../../lib/text'
import { createMissing, daysFromNow, ref, refsOf, type Id, type Refs, type Seeder } from './context'
import { MEETING_WEEKS, OPEN_MEETING_DECISIONS, SUBJECTS, type Member, type SubjectSeed } from './planning-data'
import { QUESTIONS } from './questions-data'

type Members = Record<Member, Id>

const ROLE_OF: Record<Member, string> = {
  editor: 'editor',
  journalist: 'journalist',
  community: 'community-manager',
  contributor: 'contributor',
}

async function findMembers(payload: Payload): Promise<Members> {
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true },
  })
  const idOf = (member: Member) => {
    const email = DEMO_ACCOUNTS.find((a) => a.roles.includes(ROLE_OF[member] as never))?.email
    const user = docs.find((u) => u.email === email)
    if (!user) throw new Error(`The demo ${member} account is missing: the planning seed runs after the accounts.`)
    return user.id
  }
  return {
    editor: idOf('editor'),
    journalist: idOf('journalist'),
    community: idOf('community'),
    contributor: idOf('contributor'),
  }
}

/** Monday 09:30 in Paris (08:30 UTC in winter) of the week `offset` weeks from this one. */
const meetingWeek = (offset: number) => addWeeks(isoWeekOf(now()), offset)
const meetingDate = (week: string, hour = 8) => `${mondayOf(week)}T${String(hour).padStart(2, '0')}:30:00.000Z`

type Deps = { topics: Refs; articles: Refs; questions: Refs }

/**
 * Four weeks of editorial meetings (three closed with their decisions, this week's open with its
 * agenda) and subjects in every status, some delivered by the seeded articles. Meetings are made
 * open, their subjects attached, then the past ones closed with the decisions that explain where
 * each subject stands.
 */
export async function seedPlanning(seeder: Seeder, { topics, articles, questions }: Deps): Promise<void> {
  const { payload } = seeder
  const members = await findMembers(payload)
  const weeks = new Map<number, string>(MEETING_WEEKS.map((offset) => [offset, meetingWeek(offset)]))
  const meetings = await createMissing(
    seeder,
    'editorial-meetings',
    'week',
    [...weeks.values()],
    (week) => week,
    (week) =>
      payload.create({
        collection: 'editorial-meetings',
        data: {
          week,
          date: meetingDate(week),
          status: 'open',
          facilitator: members.editor,
          attendees: [members.journalist, members.community],
        },
        overrideAccess: true,
        depth: 0,
      }),
  )
  const meetingOf = (offset: number) => ref(meetings, weeks.get(offset)!, 'meeting')
  const subjects = await createMissing(
    seeder,
    'subjects',
    'title',
    SUBJECTS,
    (s) => s.title,
    (subject) =>
      payload.create({
        collection: 'subjects',
        data: subjectData(subject, { members, topics, articles, questions, meetingOf }) as never,
        overrideAccess: true,
        depth: 0,
      }),
  )
  await recordDecisions(seeder, members, meetingOf, subjects, weeks)
}

type Context = { members: Members; topics: Refs; articles: Refs; questions: Refs; meetingOf: (offset: number) => Id }

function subjectData(s: SubjectSeed, { members, topics, articles, questions, meetingOf }: Context) {
  const linked = s.fromTrend
    ? QUESTIONS.filter((q) => q.topic === s.fromTrend).map((q) => ref(questions, q.text, 'question'))
    : []
  return {
    title: s.title,
    angle: s.angle,
    source: s.source,
    sourceDetails: s.sourceDetails,
    priority: s.priority ?? 'normal',
    targetType: s.targetType,
    channels: s.channels ?? ['site'],
    status: s.status,
    assignee: s.assignee ? members[s.assignee] : undefined,
    dueDate: s.dueInDays === undefined ? undefined : daysFromNow(s.dueInDays, 12),
    meetings: s.meetings.map(meetingOf),
    deliverable: s.deliverable
      ? { relationTo: 'articles', value: ref(articles, slugify(s.deliverable), 'article') }
      : undefined,
    topics: refsOf(topics, s.topics, 'topic'),
    questions: linked,
    createdBy: members[s.proposer],
  }
}

/** Past meetings get their decisions and are closed; this week's gets what it has decided so far. */
async function recordDecisions(
  seeder: Seeder,
  members: Members,
  meetingOf: (offset: number) => Id,
  subjects: Refs,
  weeks: Map<number, string>,
) {
  const { payload, log } = seeder
  let closed = 0
  for (const offset of MEETING_WEEKS) {
    const id = meetingOf(offset)
    const meeting = await payload.findByID({ collection: 'editorial-meetings', id, depth: 0, overrideAccess: true })
    if (meeting.status === 'closed' || (offset === 0 && meeting.decisions?.length)) continue
    const decisions =
      offset === 0
        ? OPEN_MEETING_DECISIONS.map((d) => ({
            subject: ref(subjects, d.subject, 'subject'),
            decision: d.decision,
            assignee: d.assignee ? members[d.assignee] : null,
            dueDate: d.dueInDays === undefined ? null : daysFromNow(d.dueInDays, 12),
            note: d.note,
          }))
        : SUBJECTS.filter((s) => s.decided?.week === offset).map((s) => ({
            subject: ref(subjects, s.title, 'subject'),
            decision: s.decided!.decision,
            assignee: s.decided!.decision === 'assigned' && s.assignee ? members[s.assignee] : null,
            note: s.decided!.note,
          }))
    const closing =
      offset < 0
        ? {
            status: 'closed' as const,
            closedAt: meetingDate(weeks.get(offset)!, 10),
            closedBy: members.editor,
            notes: 'Relevé de décisions diffusé aux participants.',
          }
        : {}
    await payload.update({
      collection: 'editorial-meetings',
      id,
      data: { decisions, ...closing },
      overrideAccess: true,
      depth: 0,
    })
    if (offset < 0) closed += 1
  }
  log(`  editorial meetings closed: ${closed}`)
}
