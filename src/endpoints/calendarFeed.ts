import type { Endpoint, PayloadRequest } from 'payload'

import { calendarItems, type CalendarItem } from '../calendar/items'
import { now } from '../lib/clock'
import { publicBaseUrl } from '../lib/adminLinks'
import { addDays, calendarDate } from '../lib/isoWeek'
import { buildCalendar, type CalendarEvent } from '../lib/ical'
import { hashCalendarToken } from './calendarToken'
import { documented } from '../openapi/customEndpoints'
import { translate } from '../i18n/translate'
import { query } from '../openapi/operation'

const DAY = 86_400_000
const PUBLICATION_MINUTES = 15

const unauthorized = (req: PayloadRequest) =>
  new Response(`${translate(req, 'calendarLinkInvalid')}\n`, {
    status: 401,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })

function toEvent(item: CalendarItem, host: string, baseUrl: string): CalendarEvent {
  const start = item.allDay ? { date: calendarDate(new Date(item.start)) } : { at: new Date(item.start) }
  const end = item.allDay
    ? { date: addDays(calendarDate(new Date(item.start)), 1) }
    : { at: item.end ? new Date(item.end) : new Date(Date.parse(item.start) + PUBLICATION_MINUTES * 60_000) }
  return {
    uid: `${item.type}-${item.id}@${host}`,
    summary: item.title,
    start,
    end,
    url: `${baseUrl}${item.href}`,
    description: `${baseUrl}${item.href}`,
    categories: [item.type],
    lastModified: item.updatedAt ? new Date(item.updatedAt) : undefined,
    status: item.status === 'rejected' ? 'CANCELLED' : 'CONFIRMED',
  }
}

async function userForToken(req: PayloadRequest, token: string | null) {
  if (!token || token.length < 20) return null
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { calendarTokenHash: { equals: hashCalendarToken(token) } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const user = docs[0]
  // An account stripped of its roles keeps no access, its calendar included.
  return user?.roles?.length ? { ...user, collection: 'users' as const } : null
}

/**
 * `GET /api/calendar.ics?token=…`: a person's calendar for their calendar app (RFC 5545): their
 * subjects' due dates, the meetings they attend, and the newsroom's scheduled publications. The
 * personal token is the only credential looked at, never the session; 401 for anything else.
 */
const calendarFeed: Endpoint = {
  path: '/calendar.ics',
  method: 'get',
  handler: async (req) => {
    const user = await userForToken(req, req.searchParams.get('token'))
    if (!user) return unauthorized(req)
    const at = now()
    const window = { from: new Date(at.getTime() - 90 * DAY), to: new Date(at.getTime() + 365 * DAY) }
    const mine = await calendarItems(req, user, { ...window, types: ['subject', 'meeting'], person: String(user.id) })
    const newsroom = await calendarItems(req, user, { ...window, types: ['publication'] })
    const baseUrl = publicBaseUrl(req.payload.config.serverURL)
    const host = new URL(baseUrl).hostname
    const body = buildCalendar({
      name: `Rédaction · ${user.name}`,
      productId: '-//Newsroom//Planning//FR',
      stamp: at,
      events: [...mine, ...newsroom].map((item) => toEvent(item, host, baseUrl)),
    })
    return new Response(body, {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'inline; filename="redaction.ics"',
        'cache-control': 'private, no-store',
      },
    })
  },
}

export const calendarFeedEndpoint: Endpoint = documented(calendarFeed, {
  summary: 'A person’s calendar for calendar apps (iCalendar, RFC 5545), opened by their personal token',
  security: [{}],
  // Any text: a token that is not a person's (too short included) is a wrong credential, answered 401.
  parameters: [query('token', { type: 'string' }, 'The personal calendar token.', true)],
  responses: {
    '200': { description: 'The calendar.', content: { 'text/calendar': { schema: { type: 'string' } } } },
    '401': { description: 'Unknown or revoked token.', content: { 'text/plain': { schema: { type: 'string' } } } },
  },
})
