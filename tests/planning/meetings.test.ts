import { addWeeks } from '../../src/lib/isoWeek'
import { SUBJECT_STATUSES } from '../../src/lib/subjectFlow'
import { startTestApp, type TestApp } from '../helpers/app'
import { makeMeeting, makeSubject, ROLE_EMAILS, subjectById, userIds, type DemoRole } from '../helpers/planning'

let app: TestApp
let ids: Record<DemoRole, number>
const tokens: Partial<Record<DemoRole, string>> = {}
beforeAll(async () => {
  app = await startTestApp('meetings', { seed: true })
  ids = await userIds(app.payload)
  for (const role of Object.keys(ROLE_EMAILS) as DemoRole[]) tokens[role] = await app.login(ROLE_EMAILS[role])
}, 120_000)
afterAll(() => app.close())

type Decision = { subject: number; decision: string; assignee?: number; dueDate?: string; note?: string }
type CloseBody = {
  meeting: { status: string }
  applied: { subject: number; from: string; to: string }[]
  carriedOver: number[]
  nextMeeting: { id: number; week: string } | null
}
type ErrorBody = { errors: { message: string; data?: { problems?: string[] } }[] }

async function openMeeting(decisions: Decision[], agenda: number[]) {
  const meeting = await makeMeeting(app.payload, {
    status: 'open',
    attendees: [ids.journalist, ids.community],
    facilitator: ids.editor,
    decisions,
  })
  for (const id of agenda) {
    const subject = await subjectById(app.payload, id)
    await app.payload.update({
      collection: 'subjects',
      id,
      data: { meetings: [...(subject.meetings ?? []).map(Number), meeting.id] },
      overrideAccess: true,
    })
  }
  return meeting
}

const close = (id: number, role: DemoRole = 'editor') =>
  app.request(`/api/editorial-meetings/${id}/close`, { method: 'POST', token: tokens[role] })
const meetingOf = (id: number) =>
  app.payload.findByID({ collection: 'editorial-meetings', id, depth: 0, overrideAccess: true })

describe('closing a meeting', () => {
  test('applies every decision, carries postponed and undecided subjects to next week, and freezes the meeting', async () => {
    const accept = await makeSubject(app.payload, { title: 'À acter' })
    const assign = await makeSubject(app.payload, { title: 'À attribuer', targetType: 'articles' })
    const reject = await makeSubject(app.payload, { title: 'À refuser', status: 'postponed' })
    const postpone = await makeSubject(app.payload, { title: 'À reporter' })
    const undecided = await makeSubject(app.payload, { title: 'Pas abordé' })
    const followUp = await makeSubject(app.payload, {
      title: 'Suivi en cours',
      status: 'in-progress',
      assignee: ids.journalist,
    })
    const due = '2031-03-14T12:00:00.000Z'
    const meeting = await openMeeting(
      [
        { subject: accept.id, decision: 'accepted' },
        { subject: assign.id, decision: 'assigned', assignee: ids.journalist, dueDate: due, note: 'Avec des chiffres' },
        { subject: reject.id, decision: 'rejected' },
        { subject: postpone.id, decision: 'postponed' },
      ],
      [accept.id, assign.id, reject.id, postpone.id, undecided.id, followUp.id],
    )
    const response = await close(meeting.id)
    expect(response.status).toBe(200)
    const body = (await response.json()) as CloseBody
    expect(body.applied).toEqual([
      { subject: accept.id, title: 'À acter', decision: 'accepted', from: 'proposed', to: 'accepted' },
      { subject: assign.id, title: 'À attribuer', decision: 'assigned', from: 'proposed', to: 'assigned' },
      { subject: reject.id, title: 'À refuser', decision: 'rejected', from: 'postponed', to: 'rejected' },
      { subject: postpone.id, title: 'À reporter', decision: 'postponed', from: 'proposed', to: 'postponed' },
    ])
    expect(body.carriedOver).toEqual([postpone.id, undecided.id])
    expect(body.nextMeeting?.week).toBe(addWeeks(meeting.week, 1))

    expect((await subjectById(app.payload, accept.id)).status).toBe('accepted')
    expect(await subjectById(app.payload, assign.id)).toMatchObject({
      status: 'assigned',
      assignee: ids.journalist,
      dueDate: due,
    })
    expect((await subjectById(app.payload, reject.id)).status).toBe('rejected')
    expect((await subjectById(app.payload, followUp.id)).status).toBe('in-progress')
    for (const carried of [postpone, undecided])
      expect((await subjectById(app.payload, carried.id)).meetings).toEqual([meeting.id, body.nextMeeting!.id])

    const next = await meetingOf(body.nextMeeting!.id)
    expect(next).toMatchObject({
      status: 'planned',
      facilitator: ids.editor,
      attendees: [ids.journalist, ids.community],
    })
    expect(Date.parse(next.date) - Date.parse(meeting.date)).toBe(7 * 86_400_000)
    expect(await meetingOf(meeting.id)).toMatchObject({
      status: 'closed',
      closedBy: ids.editor,
      closedAt: expect.any(String),
    })
  })

  test('carries over into next week’s meeting when it already exists', async () => {
    const subject = await makeSubject(app.payload)
    const meeting = await openMeeting([], [subject.id])
    const existing = await makeMeeting(app.payload, { week: addWeeks(meeting.week, 1) })
    const body = (await (await close(meeting.id)).json()) as CloseBody
    expect(body.nextMeeting).toEqual({ id: existing.id, week: existing.week })
    expect(
      await app.payload.count({
        collection: 'editorial-meetings',
        where: { week: { equals: existing.week } },
        overrideAccess: true,
      }),
    ).toEqual({ totalDocs: 1 })
  })

  test('closing twice is refused', async () => {
    const meeting = await openMeeting([], [])
    expect((await close(meeting.id)).status).toBe(200)
    const again = await close(meeting.id)
    expect(again.status).toBe(409)
    expect(((await again.json()) as ErrorBody).errors[0].message).toContain('une conférence ne se clôt qu’une fois')
  })

  test('a decision on a subject that is no longer decidable is reported, and nothing is applied', async () => {
    const fine = await makeSubject(app.payload, { title: 'Toujours en lice' })
    const gone = await makeSubject(app.payload, {
      title: 'Déjà lancé',
      status: 'in-progress',
      assignee: ids.journalist,
    })
    const undecided = await makeSubject(app.payload)
    const meeting = await openMeeting(
      [
        { subject: fine.id, decision: 'accepted' },
        { subject: gone.id, decision: 'rejected' },
      ],
      [fine.id, gone.id, undecided.id],
    )
    const response = await close(meeting.id)
    expect(response.status).toBe(409)
    const { errors } = (await response.json()) as ErrorBody
    expect(errors[0].data?.problems).toEqual([
      '« Déjà lancé » est maintenant « in-progress » : il ne peut plus être décidé « rejected ».',
    ])
    expect((await subjectById(app.payload, fine.id)).status).toBe('proposed')
    expect((await subjectById(app.payload, undecided.id)).meetings).toEqual([meeting.id])
    expect((await meetingOf(meeting.id)).status).toBe('open')
    expect(
      await app.payload.count({
        collection: 'editorial-meetings',
        where: { week: { equals: addWeeks(meeting.week, 1) } },
        overrideAccess: true,
      }),
    ).toEqual({ totalDocs: 0 })
  })

  test('a decision that fails while being applied rolls back the decisions applied before it', async () => {
    const first = await makeSubject(app.payload, { title: 'Appliqué puis annulé' })
    const second = await makeSubject(app.payload, {
      title: 'Article pour la community manager',
      targetType: 'articles',
    })
    const undecided = await makeSubject(app.payload)
    const meeting = await openMeeting(
      [
        { subject: first.id, decision: 'accepted' },
        { subject: second.id, decision: 'assigned', assignee: ids.community },
      ],
      [first.id, second.id, undecided.id],
    )
    const response = await close(meeting.id)
    expect(response.status).toBe(400)
    expect(((await response.json()) as ErrorBody).errors[0].message).toBe(
      'Rien n’a été appliqué : « Article pour la community manager » n’a pas pu passer à « assigned ». ' +
        'Sarah Lefèvre ne peut pas écrire de contenu « articles » : attribuez le sujet à quelqu’un qui le peut, ' +
        'ou changez le type de contenu.',
    )
    expect((await subjectById(app.payload, first.id)).status).toBe('proposed')
    expect((await subjectById(app.payload, second.id)).assignee).toBeFalsy()
    expect((await subjectById(app.payload, undecided.id)).meetings).toEqual([meeting.id])
    expect((await meetingOf(meeting.id)).status).toBe('open')
  })

  test('only editors close, and only an open meeting', async () => {
    const meeting = await openMeeting([], [])
    expect((await close(meeting.id, 'journalist')).status).toBe(403)
    expect((await app.request(`/api/editorial-meetings/${meeting.id}/close`, { method: 'POST' })).status).toBe(401)
    const planned = await makeMeeting(app.payload)
    expect((await close(planned.id)).status).toBe(409)
    const direct = await app.request(`/api/editorial-meetings/${meeting.id}`, {
      method: 'PATCH',
      token: tokens.editor,
      json: { status: 'closed' },
    })
    expect(direct.status).toBe(400)
    expect(((await direct.json()) as ErrorBody).errors[0].message).toContain('POST /api/editorial-meetings/:id/close')
  })

  test('a closed meeting is read-only, for admins too', async () => {
    const meeting = await openMeeting([], [])
    await close(meeting.id)
    for (const role of ['editor', 'admin'] as DemoRole[]) {
      const edit = await app.request(`/api/editorial-meetings/${meeting.id}`, {
        method: 'PATCH',
        token: tokens[role],
        json: { notes: 'Réécrire l’histoire' },
      })
      expect(edit.status).toBe(403)
      expect(((await edit.json()) as ErrorBody).errors[0].message).toContain('est close')
      expect(
        (await app.request(`/api/editorial-meetings/${meeting.id}`, { method: 'DELETE', token: tokens[role] })).status,
      ).toBe(403)
    }
    const { body } = await app.graphql(
      `mutation { updateEditorialMeeting(id: ${meeting.id}, data: { notes: "x" }) { id } }`,
      { token: tokens.editor },
    )
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(403)
  })
})

describe('the meeting record', () => {
  test('a week is an ISO week, held once, and the date falls in it', async () => {
    const post = (json: Record<string, unknown>) =>
      app.request('/api/editorial-meetings', { method: 'POST', token: tokens.editor, json })
    expect((await post({ week: '2031-W60', date: '2031-03-03T09:00:00.000Z' })).status).toBe(400)
    expect((await post({ week: '2031-W10', date: '2031-03-20T09:00:00.000Z' })).status).toBe(400)
    expect((await post({ week: '2031-W10', date: '2031-03-03T09:00:00.000Z' })).status).toBe(201)
    expect((await post({ week: '2031-W10', date: '2031-03-04T09:00:00.000Z' })).status).toBe(400)
    expect(await post({ week: '2031-W11', date: '2031-03-10T09:00:00.000Z' }).then((r) => r.status)).toBe(201)
    expect(
      (
        await app.request('/api/editorial-meetings', {
          method: 'POST',
          token: tokens.journalist,
          json: { week: '2031-W12', date: '2031-03-17T09:00:00.000Z' },
        })
      ).status,
    ).toBe(403)
  })
})

describe('the board', () => {
  type Card = {
    id: number
    onAgenda: boolean
    status: string
    assignee: { id: number; name: string } | null
    dueDate: string | null
    deliverable: { collection: string; status: string; workflowStatus: string } | null
    decision: { decision: string } | null
    moves: string[]
  }
  type Board = {
    meeting: { week: string }
    canDecide: boolean
    columns: { status: string; label: string; subjects: Card[] }[]
  }

  test('groups the week’s subjects in columns by status, with assignee, due date, piece status and the user’s moves', async () => {
    const article = await app.payload.create({
      collection: 'articles',
      data: { title: 'Pièce en relecture', format: 'news', workflowStatus: 'in-review' },
      draft: true,
      overrideAccess: true,
    })
    const proposed = await makeSubject(app.payload, { title: 'B proposé' })
    const urgent = await makeSubject(app.payload, { title: 'Z urgent', priority: 'urgent' })
    const working = await makeSubject(app.payload, {
      title: 'En cours',
      status: 'in-progress',
      assignee: ids.journalist,
      dueDate: '2031-05-02T12:00:00.000Z',
      deliverable: { relationTo: 'articles', value: article.id },
    })
    const elsewhere = await makeSubject(app.payload, { title: 'Autre semaine' })
    const meeting = await openMeeting(
      [{ subject: proposed.id, decision: 'accepted' }],
      [proposed.id, urgent.id, working.id],
    )

    const response = await app.request(`/api/editorial-meetings/${meeting.id}/board`, { token: tokens.editor })
    expect(response.status).toBe(200)
    const board = (await response.json()) as Board
    expect(board.canDecide).toBe(true)
    expect(board.columns.map((c) => c.status)).toEqual([...SUBJECT_STATUSES])
    const column = (status: string) => board.columns.find((c) => c.status === status)!.subjects
    expect(column('proposed').map((s) => s.id)).toEqual([urgent.id, proposed.id])
    expect(column('proposed')[1]).toMatchObject({
      decision: { decision: 'accepted' },
      moves: ['accepted', 'rejected', 'postponed'],
    })
    expect(column('in-progress')).toContainEqual(
      expect.objectContaining({
        id: working.id,
        onAgenda: true,
        assignee: { id: ids.journalist, name: 'Julien Moreau' },
        dueDate: '2031-05-02T12:00:00.000Z',
        deliverable: expect.objectContaining({ collection: 'articles', status: 'draft', workflowStatus: 'in-review' }),
        moves: ['delivered'],
      }),
    )
    expect(board.columns.flatMap((c) => c.subjects).map((s) => s.id)).not.toContain(elsewhere.id)

    const asJournalist = (await (
      await app.request(`/api/editorial-meetings/${meeting.id}/board`, { token: tokens.journalist })
    ).json()) as Board
    expect(asJournalist.canDecide).toBe(false)
    expect(asJournalist.columns.find((c) => c.status === 'proposed')!.subjects[0].moves).toEqual([])
    expect([403, 404]).toContain(
      (await app.request(`/api/editorial-meetings/${meeting.id}/board`, { token: tokens.contributor })).status,
    )
    expect((await app.request(`/api/editorial-meetings/${meeting.id}/board`)).status).toBe(401)
  })

  test('shows every subject in flight, whatever week’s agenda it was on, and recently delivered ones; columns in the admin’s language', async () => {
    const assigned = await makeSubject(app.payload, {
      title: 'Attribué ailleurs',
      status: 'assigned',
      assignee: ids.journalist,
    })
    const delivered = await makeSubject(app.payload, {
      title: 'Livré hier',
      status: 'delivered',
      assignee: ids.journalist,
    })
    const parked = await makeSubject(app.payload, { title: 'Proposé ailleurs' })
    const meeting = await openMeeting([], [])
    const read = async (language: string) =>
      (await (
        await app.request(`/api/editorial-meetings/${meeting.id}/board`, {
          token: tokens.editor,
          headers: { 'accept-language': language },
        })
      ).json()) as Board
    const board = await read('fr')
    const column = (status: string) => board.columns.find((c) => c.status === status)!
    expect(column('assigned').subjects).toContainEqual(expect.objectContaining({ id: assigned.id, onAgenda: false }))
    expect(column('delivered').subjects.map((s) => s.id)).toContain(delivered.id)
    expect(board.columns.flatMap((c) => c.subjects).map((s) => s.id)).not.toContain(parked.id)
    expect(column('in-progress').label).toBe('En cours')
    expect((await read('en')).columns.find((c) => c.status === 'in-progress')!.label).toBe('In progress')
  })
})
