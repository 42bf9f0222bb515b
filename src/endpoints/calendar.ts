import type { Endpoint, PayloadRequest } from 'payload'

import { CALENDAR_TYPES, calendarItems, type CalendarType } from '../calendar/items'
import { refusal } from '../hooks/refusal'
import { isStaff } from '../lib/roles'
import { documented } from '../openapi/customEndpoints'
import { errors, json, query, ref, worded } from '../openapi/operation'

const MAX_RANGE_DAYS = 100
/** What the calendar reads as a date: a day (`2026-12-01`) or a moment (`2026-12-01T09:00:00Z`). */
const ISO_DATE = worded(
  { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$' },
  'calendarDateRequired',
)
const DAY = 86_400_000

function parseDate(req: PayloadRequest, value: string | null, name: string): Date {
  const date = new Date(value ?? '')
  if (!value || Number.isNaN(date.getTime())) throw refusal(req, 400, 'calendarDateRequired', { field: name })
  return date
}

/**
 * `GET /api/calendar?from=…&to=…&types=publication,subject,event,meeting&person=<user id>` (staff):
 * scheduled publications, subject due dates, events and meetings between two dates, for the
 * admin's calendar.
 */
const calendar: Endpoint = {
  path: '/calendar',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw refusal(req, 401, 'calendarSignIn')
    if (!isStaff(req.user)) throw refusal(req, 403, 'calendarStaffOnly')
    const from = parseDate(req, req.searchParams.get('from'), 'from')
    const to = parseDate(req, req.searchParams.get('to'), 'to')
    if (to <= from || to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY)
      throw refusal(req, 400, 'calendarRange', { days: MAX_RANGE_DAYS })
    const asked = req.searchParams.get('types')
    const types = asked ? asked.split(',').filter(Boolean) : [...CALENDAR_TYPES]
    const unknown = types.filter((t) => !(CALENDAR_TYPES as readonly string[]).includes(t))
    if (unknown.length)
      throw refusal(req, 400, 'calendarUnknownTypes', { unknown: unknown.join(', '), known: CALENDAR_TYPES.join(', ') })
    const items = await calendarItems(req, req.user, {
      from,
      to,
      types: types as CalendarType[],
      person: req.searchParams.get('person') || null,
    })
    return Response.json({ from: from.toISOString(), to: to.toISOString(), items })
  },
}

export const calendarEndpoint: Endpoint = documented(calendar, {
  summary: 'Scheduled publications, due dates, events and meetings between two dates (staff)',
  parameters: [
    query('from', ISO_DATE, 'Start (ISO 8601: a date, or a date and time).', true),
    query('to', ISO_DATE, 'End (ISO 8601), at most 100 days after `from`.', true),
    query('types', { type: 'string', pattern: '^[a-z,]*$' }, 'Comma-separated: publication, subject, event, meeting.'),
    query('person', { type: 'string' }, 'Only what concerns this user id.'),
  ],
  responses: {
    '200': json('The items, in date order.', {
      type: 'object',
      required: ['from', 'to', 'items'],
      properties: {
        from: { type: 'string' },
        to: { type: 'string' },
        items: { type: 'array', items: ref('CalendarItem') },
      },
    }),
    ...errors(400, 401, 403),
  },
})
