import ical, { type VEvent } from 'node-ical'

import { now } from '../../src/lib/clock'
import { addWeeks, isoWeekOf } from '../../src/lib/isoWeek'
import { startTestApp, type TestApp } from '../helpers/app'
import { makeMeeting, makeSubject, ROLE_EMAILS, userIds, type DemoRole } from '../helpers/planning'

let app: TestApp
let ids: Record<DemoRole, number>
const tokens: Partial<Record<DemoRole, string>> = {}
beforeAll(async () => {
  app = await startTestApp('calendar', { seed: true })
  ids = await userIds(app.payload)
  for (const role of Object.keys(ROLE_EMAILS) as DemoRole[]) tokens[role] = await app.login(ROLE_EMAILS[role])
}, 120_000)
afterAll(() => app.close())

const DAY = 86_400_000
const inDays = (days: number, hour = 12) => {
  const date = new Date(now().getTime() + days * DAY)
  date.setUTCHours(hour, 0, 0, 0)
  return date.toISOString()
}
type ErrorBody = { errors: { message: string }[] }

async function newToken(role: DemoRole): Promise<string> {
  const response = await app.request('/api/users/calendar-token', { method: 'POST', token: tokens[role] })
  expect(response.status).toBe(201)
  const body = (await response.json()) as { token: string; url: string }
  expect(body.url).toBe(`http://localhost:3000/api/calendar.ics?token=${body.token}`)
  return body.token
}

const feed = (token: string, init: Parameters<TestApp['request']>[1] = {}) =>
  app.request(`/api/calendar.ics?token=${encodeURIComponent(token)}`, init)

async function scheduledArticle(title: string, days: number) {
  const article = await app.payload.create({
    collection: 'articles',
    data: { title, format: 'news', workflowStatus: 'approved' },
    draft: true,
    overrideAccess: true,
  })
  const response = await app.request(`/api/articles/${article.id}/schedule`, {
    method: 'POST',
    token: tokens.editor,
    json: { at: inDays(days, 7) },
  })
  expect(response.status).toBe(201)
  return { article, job: ((await response.json()) as { job: { id: number } }).job }
}

describe('the personal calendar feed', () => {
  test('the user’s assignments, their meetings and the scheduled publications, as RFC 5545 that node-ical reads', async () => {
    const mine = await makeSubject(app.payload, {
      title: 'Dossier énergie ; tarifs, aides et « bouclier » — un titre assez long pour être plié en plusieurs lignes',
      status: 'assigned',
      assignee: ids.journalist,
      dueDate: inDays(3),
    })
    const theirs = await makeSubject(app.payload, {
      title: 'Pas pour moi',
      status: 'assigned',
      assignee: ids.editor,
      dueDate: inDays(3),
    })
    const meeting = await makeMeeting(app.payload, { week: addWeeks(isoWeekOf(now()), 1), attendees: [ids.journalist] })
    const { article, job } = await scheduledArticle('Publication programmée', 2)
    const token = await newToken('journalist')

    const response = await feed(token)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const text = await response.text()
    expect(text.split('\r\n').slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0'])
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)

    const events = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as VEvent[]
    const byUid = new Map(events.map((e) => [e.uid, e]))
    const due = byUid.get(`subject-${mine.id}@localhost`)
    expect(due?.summary).toBe(`Échéance : ${mine.title}`)
    expect(due?.datetype).toBe('date')
    expect(due?.url).toBe(`http://localhost:3000/admin/collections/subjects/${mine.id}`)
    expect(byUid.has(`subject-${theirs.id}@localhost`)).toBe(false)
    expect(byUid.get(`meeting-${meeting.id}@localhost`)?.summary).toBe(`Conférence de rédaction ${meeting.week}`)
    const publication = byUid.get(`publication-${job.id}@localhost`)
    expect(publication?.summary).toBe('Publication : Publication programmée')
    expect(publication?.start.toISOString()).toBe(inDays(2, 7))
    expect(publication?.url).toBe(`http://localhost:3000/admin/collections/articles/${article.id}`)
    for (const event of events) expect(event.dtstamp).toBeDefined()
  })

  test('a wrong, replaced or revoked token gets 401, a missing one 400, and the session is not a way in', async () => {
    expect((await feed('not-a-token-not-a-token')).status).toBe(401)
    expect((await feed('x')).status).toBe(401)
    // The published contract requires the parameter: without it, the edge names it.
    const missing = await app.request('/api/calendar.ics')
    expect(missing.status).toBe(400)
    expect(JSON.stringify(await missing.json())).toContain('« token » est obligatoire.')
    expect((await app.request('/api/calendar.ics', { token: tokens.journalist })).status).toBe(400)

    const first = await newToken('community')
    const second = await newToken('community')
    expect((await feed(first)).status).toBe(401)
    expect((await feed(second)).status).toBe(200)
    expect((await app.request('/api/users/calendar-token', { method: 'DELETE', token: tokens.community })).status).toBe(
      200,
    )
    const revoked = await feed(second)
    expect(revoked.status).toBe(401)
    expect(await revoked.text()).toContain('n’est pas valide')
    expect((await app.request('/api/users/calendar-token', { method: 'POST' })).status).toBe(401)
  })

  test('the token is never readable through the API', async () => {
    await newToken('editor')
    const user = (await (await app.request(`/api/users/${ids.editor}`, { token: tokens.admin })).json()) as Record<
      string,
      unknown
    >
    expect(Object.keys(user).filter((key) => /calendar/i.test(key))).toEqual([])
    const { body } = await app.graphql(`{ User(id: ${ids.editor}) { calendarTokenHash } }`, { token: tokens.admin })
    expect(body).toEqual({ data: { User: { calendarTokenHash: null } } })
    const patched = await app.request(`/api/users/${ids.editor}`, {
      method: 'PATCH',
      token: tokens.editor,
      json: { calendarTokenHash: 'x' },
    })
    // Not a field a client may send: refused at the edge, and nothing stored.
    expect(patched.status).toBe(400)
    expect((await feed('x')).status).toBe(401)
  })
})

describe('the calendar for the admin', () => {
  type Items = { items: { type: string; id: number; title: string; start: string; people: string[] }[] }
  const range = `from=${inDays(-1)}&to=${inDays(30)}`

  test('publications, due dates, events and meetings, filtered by type and person', async () => {
    const due = await makeSubject(app.payload, {
      title: 'Due en calendrier',
      status: 'assigned',
      assignee: ids.journalist,
      dueDate: inDays(5),
    })
    const meeting = await makeMeeting(app.payload, { week: addWeeks(isoWeekOf(now()), 2), facilitator: ids.editor })
    const all = (await (await app.request(`/api/calendar?${range}`, { token: tokens.editor })).json()) as Items
    expect(all.items.some((i) => i.type === 'subject' && i.id === due.id)).toBe(true)
    expect(all.items.some((i) => i.type === 'meeting' && i.id === meeting.id)).toBe(true)
    expect(new Set(all.items.map((i) => i.type)).has('publication')).toBe(true)
    expect(all.items.map((i) => i.start)).toEqual([...all.items.map((i) => i.start)].sort())

    const onlySubjects = (await (
      await app.request(`/api/calendar?${range}&types=subject&person=${ids.journalist}`, { token: tokens.editor })
    ).json()) as Items
    expect(onlySubjects.items.length).toBeGreaterThan(0)
    expect(onlySubjects.items.every((i) => i.type === 'subject' && i.people.includes(String(ids.journalist)))).toBe(
      true,
    )

    const contributor = (await (
      await app.request(`/api/calendar?${range}`, { token: tokens.contributor })
    ).json()) as Items
    expect(
      contributor.items.filter((i) => i.type === 'publication' || i.type === 'meeting' || i.id === due.id),
    ).toEqual([])
    expect((await app.request(`/api/calendar?${range}`)).status).toBe(401)
    expect((await app.request(`/api/calendar?${range}&types=holidays`, { token: tokens.editor })).status).toBe(400)
  })
})

describe('rescheduling from the calendar follows the rules', () => {
  const reschedule = (role: DemoRole, json: Record<string, unknown>) =>
    app.request('/api/calendar/reschedule', { method: 'POST', token: tokens[role], json })

  test('a publication: editors only, still approved, not before its embargo', async () => {
    const { article, job } = await scheduledArticle('À déplacer', 4)
    expect((await reschedule('journalist', { type: 'publication', id: job.id, at: inDays(6, 8) })).status).toBe(403)
    expect((await reschedule('editor', { type: 'publication', id: job.id, at: inDays(6, 8) })).status).toBe(200)
    expect(
      (await app.payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })).waitUntil,
    ).toBe(inDays(6, 8))

    await app.payload.update({
      collection: 'articles',
      id: article.id,
      data: { embargoUntil: inDays(10) },
      draft: true,
      overrideAccess: true,
    })
    const early = await reschedule('editor', { type: 'publication', id: job.id, at: inDays(8) })
    expect(early.status).toBe(400)
    expect(((await early.json()) as ErrorBody).errors[0].message).toContain('avant la fin de l’embargo')
    expect((await reschedule('editor', { type: 'publication', id: job.id, at: inDays(-1) })).status).toBe(400)
  })

  test('a due date: editors, on open subjects', async () => {
    const open = await makeSubject(app.payload, { status: 'assigned', assignee: ids.journalist, dueDate: inDays(3) })
    expect((await reschedule('journalist', { type: 'subject', id: open.id, at: inDays(4) })).status).toBe(403)
    expect((await reschedule('editor', { type: 'subject', id: open.id, at: inDays(4) })).status).toBe(200)
    const done = await makeSubject(app.payload, { status: 'delivered', assignee: ids.journalist, dueDate: inDays(3) })
    expect((await reschedule('editor', { type: 'subject', id: done.id, at: inDays(4) })).status).toBe(400)
  })

  test('a meeting stays in its week and a closed one does not move; an event keeps its length', async () => {
    const meeting = await makeMeeting(app.payload)
    const monday = Date.parse(meeting.date)
    expect(
      (await reschedule('editor', { type: 'meeting', id: meeting.id, at: new Date(monday + DAY).toISOString() }))
        .status,
    ).toBe(200)
    expect(
      (await reschedule('editor', { type: 'meeting', id: meeting.id, at: new Date(monday + 9 * DAY).toISOString() }))
        .status,
    ).toBe(400)
    const closed = await makeMeeting(app.payload, { status: 'closed' })
    expect(
      (
        await reschedule('editor', {
          type: 'meeting',
          id: closed.id,
          at: new Date(Date.parse(closed.date) + DAY).toISOString(),
        })
      ).status,
    ).toBe(403)

    const event = await app.payload.create({
      collection: 'events',
      data: { title: 'Webinaire déplacé', kind: 'webinar', startsAt: inDays(5, 9), endsAt: inDays(5, 11) },
      draft: true,
      overrideAccess: true,
    })
    expect((await reschedule('editor', { type: 'event', id: event.id, at: inDays(7, 14) })).status).toBe(200)
    const moved = await app.payload.findByID({ collection: 'events', id: event.id, draft: true, overrideAccess: true })
    expect([moved.startsAt, moved.endsAt]).toEqual([inDays(7, 14), inDays(7, 16)])
  })
})
