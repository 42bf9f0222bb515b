import type { Payload } from 'payload'

import { now } from '../../src/lib/clock'
import { addWeeks, isoWeekOf, mondayOf } from '../../src/lib/isoWeek'
import type { Subject } from '../../src/payload-types'

export const ROLE_EMAILS = {
  admin: 'admin@newsroom.test',
  editor: 'editor@newsroom.test',
  journalist: 'journalist@newsroom.test',
  community: 'community@newsroom.test',
  contributor: 'contributor@newsroom.test',
} as const
export type DemoRole = keyof typeof ROLE_EMAILS

export async function userIds(payload: Payload): Promise<Record<DemoRole, number>> {
  const { docs } = await payload.find({ collection: 'users', pagination: false, depth: 0, overrideAccess: true })
  const byEmail = new Map(docs.map((u) => [u.email, u.id as number]))
  return Object.fromEntries(Object.entries(ROLE_EMAILS).map(([role, email]) => [role, byEmail.get(email)])) as Record<
    DemoRole,
    number
  >
}

let counter = 0

/** A subject in the given state, made by the system (no workflow check, no notification). */
export async function makeSubject(
  payload: Payload,
  data: Partial<Subject> & Record<string, unknown> = {},
): Promise<Subject> {
  counter += 1
  return payload.create({
    collection: 'subjects',
    data: {
      title: `Sujet ${counter} ${Date.now().toString(36)}`,
      source: 'newsroom-idea',
      priority: 'normal',
      status: 'proposed',
      ...data,
    } as never,
    overrideAccess: true,
    depth: 0,
  })
}

let weekOffset = 0

/** A meeting in a week of its own, far enough ahead not to meet another test's. */
export async function makeMeeting(payload: Payload, data: Record<string, unknown> = {}) {
  weekOffset += 3
  const week = (data.week as string) ?? addWeeks(isoWeekOf(now()), 50 + weekOffset)
  const monday = mondayOf(week)!
  return payload.create({
    collection: 'editorial-meetings',
    data: { status: 'planned', ...data, week, date: (data.date as string) ?? `${monday}T09:00:00.000Z` } as never,
    overrideAccess: true,
    depth: 0,
  })
}

export async function subjectById(payload: Payload, id: number | string): Promise<Subject> {
  return payload.findByID({ collection: 'subjects', id, depth: 0, overrideAccess: true })
}
