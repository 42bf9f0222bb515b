import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { adminPath, boardPath } from '../lib/adminLinks'
import { titleFieldOf } from '../lib/deliverable'
import { idOf } from '../lib/ids'
import { AUTHOR_FIELD, may } from '../lib/permissions'

export const CALENDAR_TYPES = ['publication', 'subject', 'event', 'meeting'] as const
export type CalendarType = (typeof CALENDAR_TYPES)[number]

export type CalendarItem = {
  type: CalendarType
  /** The id of what moves when the item is rescheduled: the job, the subject, the event, the meeting. */
  id: number | string
  title: string
  start: string
  end?: string
  /** A day rather than a moment (due dates). */
  allDay: boolean
  href: string
  people: string[]
  status?: string | null
  updatedAt?: string
}

export type CalendarQuery = { from: Date; to: Date; types: readonly CalendarType[]; person?: string | null }

type Doc = Record<string, unknown>
type User = NonNullable<PayloadRequest['user']>

const between = (field: string, { from, to }: CalendarQuery): Where => ({
  and: [{ [field]: { greater_than_equal: from.toISOString() } }, { [field]: { less_than: to.toISOString() } }],
})
const ids = (...values: unknown[]) => [
  ...new Set(
    values
      .flat()
      .map(idOf)
      .filter((id): id is string => Boolean(id)),
  ),
]

async function read(req: PayloadRequest, user: User, collection: CollectionSlug, where: Where): Promise<Doc[]> {
  const { docs } = await req.payload.find({
    collection,
    where,
    depth: 0,
    pagination: false,
    draft: true,
    overrideAccess: false,
    user,
    req,
  })
  return docs as unknown as Doc[]
}

/** Pending scheduled publications, for the collections whose drafts the user may see. */
async function publications(req: PayloadRequest, user: User, query: CalendarQuery): Promise<CalendarItem[]> {
  const { docs: jobs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        between('waitUntil', query),
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const wanted = jobs
    .map((job) => ({ job, input: job.input as { type?: string; doc?: { relationTo: string; value: unknown } } }))
    .filter(({ input }) => input.doc && may(user.roles, input.doc.relationTo, 'readDrafts'))
  const byCollection = new Map<string, Map<string, Doc>>()
  for (const collection of new Set(wanted.map(({ input }) => input.doc!.relationTo))) {
    const docs = await read(req, user, collection as CollectionSlug, {
      id: {
        in: ids(
          wanted.filter(({ input }) => input.doc!.relationTo === collection).map(({ input }) => input.doc!.value),
        ),
      },
    })
    byCollection.set(collection, new Map(docs.map((doc) => [String(doc.id), doc])))
  }
  return wanted.flatMap(({ job, input }) => {
    const { relationTo, value } = input.doc!
    const doc = byCollection.get(relationTo)?.get(String(idOf(value)))
    if (!doc) return []
    const author = AUTHOR_FIELD[relationTo] ? doc[AUTHOR_FIELD[relationTo]] : []
    const verb = input.type === 'unpublish' ? 'Dépublication' : 'Publication'
    return [
      {
        type: 'publication',
        id: job.id,
        title: `${verb} : ${String(doc[titleFieldOf(relationTo)] ?? `#${String(doc.id)}`)}`,
        start: String(job.waitUntil),
        allDay: false,
        href: adminPath(relationTo, String(doc.id)),
        people: ids(doc.createdBy, author),
        status: input.type ?? 'publish',
        updatedAt: String(job.updatedAt),
      },
    ]
  })
}

async function subjects(req: PayloadRequest, user: User, query: CalendarQuery): Promise<CalendarItem[]> {
  const docs = await read(req, user, 'subjects', {
    and: [between('dueDate', query), { status: { not_equals: 'rejected' } }],
  })
  return docs.map((s) => ({
    type: 'subject',
    id: s.id as number,
    title: `Échéance : ${String(s.title)}`,
    start: String(s.dueDate),
    allDay: true,
    href: adminPath('subjects', s.id as number),
    people: ids(s.assignee),
    status: s.status as string,
    updatedAt: String(s.updatedAt),
  }))
}

async function events(req: PayloadRequest, user: User, query: CalendarQuery): Promise<CalendarItem[]> {
  const docs = await read(req, user, 'events', between('startsAt', query))
  return docs.map((e) => ({
    type: 'event',
    id: e.id as number,
    title: String(e.title),
    start: String(e.startsAt),
    end: String(e.endsAt),
    allDay: false,
    href: adminPath('events', e.id as number),
    people: ids(e.createdBy),
    status: e._status as string,
    updatedAt: String(e.updatedAt),
  }))
}

async function meetings(req: PayloadRequest, user: User, query: CalendarQuery): Promise<CalendarItem[]> {
  if (!may(user.roles, 'editorial-meetings', 'read')) return []
  const docs = await read(req, user, 'editorial-meetings', between('date', query))
  const HOUR = 3_600_000
  return docs.map((m) => ({
    type: 'meeting',
    id: m.id as number,
    title: `Conférence de rédaction ${String(m.week)}`,
    start: String(m.date),
    end: new Date(Date.parse(String(m.date)) + HOUR).toISOString(),
    allDay: false,
    href: boardPath(m.id as number),
    people: ids(m.facilitator, m.attendees),
    status: m.status as string,
    updatedAt: String(m.updatedAt),
  }))
}

const SOURCES: Record<CalendarType, typeof publications> = {
  publication: publications,
  subject: subjects,
  event: events,
  meeting: meetings,
}

/** What happens between two dates, as this user may see it, optionally only what involves one person. */
export async function calendarItems(req: PayloadRequest, user: User, query: CalendarQuery): Promise<CalendarItem[]> {
  const lists: CalendarItem[][] = []
  for (const type of query.types) lists.push(await SOURCES[type](req, user, query))
  const items = lists.flat().filter((item) => !query.person || item.people.includes(query.person))
  return items.sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title, 'fr'))
}
