import { overdueMediaRequests } from '../../src/collections/MediaRequests/overdue'
import { startTestApp, type TestApp } from '../helpers/app'
import { demoUser } from '../helpers/users'

/* Media requests: the public form (rate limit, honeypot, Idempotency-Key), the status flow, the subject made from a request, overdue ones. */
let app: TestApp
let editor: string

beforeAll(async () => {
  app = await startTestApp('media-requests', { seed: true, env: { MEDIA_REQUESTS_RATE_LIMIT: '3/1h' } })
  editor = await app.login('editor@newsroom.test')
}, 60_000)
afterAll(() => app?.close())

const FORM = {
  outlet: 'Les Échos',
  journalistName: 'Léa Morel',
  contactEmail: 'lea.morel@echos.test',
  subject: 'Les faillites du trimestre dans le commerce',
  deadline: '2030-01-15T16:00:00.000Z',
  spokespersonWanted: 'Le président',
  territory: 'national',
}
const count = async () => (await app.payload.count({ collection: 'media-requests', overrideAccess: true })).totalDocs

describe('the public form', () => {
  test('a request is received anonymously; a bad one is refused naming each field; a filled honeypot is dropped silently; the same Idempotency-Key creates once; then 429', async () => {
    const before = await count()
    const ok = await app.request('/api/media-requests', {
      method: 'POST',
      json: FORM,
      headers: { 'Idempotency-Key': 'form-1' },
    })
    expect(ok.status).toBe(201)
    expect(((await ok.json()) as { message: string }).message).toContain('Merci')
    const replay = await app.request('/api/media-requests', {
      method: 'POST',
      json: FORM,
      headers: { 'Idempotency-Key': 'form-1' },
    })
    expect(replay.status).toBe(201)
    expect(replay.headers.get('idempotent-replayed')).toBe('true')
    expect(await count()).toBe(before + 1)
    const { docs } = await app.payload.find({
      collection: 'media-requests',
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({ outlet: 'Les Échos', status: 'new', receivedVia: 'form' })

    const bad = await app.request('/api/media-requests', {
      method: 'POST',
      json: { outlet: 'X', contactEmail: 'pas-un-mail', subject: '' },
    })
    expect(bad.status).toBe(400)
    const [refusal] = ((await bad.json()) as { errors: { data: { errors: { path: string; message: string }[] } }[] })
      .errors
    expect(refusal.data.errors.map(({ path, message }) => [path, message])).toEqual([
      ['journalistName', 'Le champ « journalistName » est obligatoire.'],
      ['contactEmail', 'Le champ « contactEmail » n’est pas valide.'],
      ['subject', 'Le champ « subject » est obligatoire.'],
    ])

    const bot = await app.request('/api/media-requests', {
      method: 'POST',
      json: { ...FORM, website: 'http://spam.test' },
    })
    expect(bot.status).toBe(201)
    expect(await count()).toBe(before + 1)

    // The replay was answered before the form, and the bad one refused at the edge: neither counts.
    const third = await app.request('/api/media-requests', {
      method: 'POST',
      json: { ...FORM, outlet: 'Ouest-France' },
    })
    expect(third.status).toBe(201)
    const limited = await app.request('/api/media-requests', { method: 'POST', json: FORM })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await count()).toBe(before + 2)
  })

  test('anonymous callers and contributors read nothing; staff enter a request by hand', async () => {
    expect((await app.request('/api/media-requests')).status).toBe(403)
    const contributor = await app.login('contributor@newsroom.test')
    expect((await app.request('/api/media-requests', { token: contributor })).status).toBe(403)
    const manual = await app.request('/api/media-requests', {
      method: 'POST',
      token: editor,
      json: { ...FORM, outlet: 'France Bleu' },
    })
    expect(manual.status).toBe(201)
    expect(((await manual.json()) as { doc: { receivedVia: string; outlet: string } }).doc).toMatchObject({
      receivedVia: 'manual',
      outlet: 'France Bleu',
    })
  })
})

describe('the flow', () => {
  test('new → assigned (needs an assignee) → answered; no way back; a declined request stays declined', async () => {
    const journalist = await demoUser(app.payload, 'journalist')
    const request = await app.payload.create({
      collection: 'media-requests',
      data: { ...FORM, territory: 'national' } as never,
      overrideAccess: true,
    })
    const patch = (token: string, data: Record<string, unknown>) =>
      app.request(`/api/media-requests/${request.id}`, { method: 'PATCH', token, json: data })

    const noAssignee = await patch(editor, { status: 'assigned' })
    expect(noAssignee.status).toBe(400)
    expect(JSON.stringify(await noAssignee.json())).toContain('assigned')
    expect((await patch(editor, { status: 'answered' })).status).toBe(400)
    expect((await patch(editor, { status: 'assigned', assignee: journalist.id })).status).toBe(200)
    // The assignee answers; another journalist's request would not be theirs to change.
    const token = await app.login('journalist@newsroom.test')
    expect((await patch(token, { status: 'answered', answerNote: 'Chiffres envoyés' })).status).toBe(200)
    expect((await patch(editor, { status: 'new' })).status).toBe(400)
  })
})

describe('a request becomes a planning subject in one action', () => {
  test('the subject is proposed, from the press, with the deadline as due date, linked from the request; only once', async () => {
    const request = await app.payload.create({
      collection: 'media-requests',
      data: { ...FORM, subject: 'les faillites du trimestre' } as never,
      overrideAccess: true,
    })
    const contributor = await app.login('contributor@newsroom.test')
    expect(
      (await app.request(`/api/media-requests/${request.id}/subject`, { method: 'POST', token: contributor })).status,
    ).toBe(404)
    const response = await app.request(`/api/media-requests/${request.id}/subject`, { method: 'POST', token: editor })
    expect(response.status).toBe(201)
    const { subject } = (await response.json()) as { subject: { id: number; title: string; status: string } }
    expect(subject).toMatchObject({ title: 'Sollicitation presse : les faillites du trimestre', status: 'proposed' })
    const stored = await app.payload.findByID({
      collection: 'subjects',
      id: subject.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ source: 'press-request', dueDate: FORM.deadline })
    expect(
      await app.payload.findByID({ collection: 'media-requests', id: request.id, depth: 0, overrideAccess: true }),
    ).toMatchObject({ planningSubject: subject.id })
    expect(
      (await app.request(`/api/media-requests/${request.id}/subject`, { method: 'POST', token: editor })).status,
    ).toBe(409)
  })
})

describe('overdue requests', () => {
  test('deadline passed and not answered: listed for the work view and on the meeting board', async () => {
    const past = '2020-03-01T10:00:00.000Z'
    const overdue = await app.payload.create({
      collection: 'media-requests',
      data: { ...FORM, subject: 'En retard', deadline: past } as never,
      overrideAccess: true,
    })
    await app.payload.create({
      collection: 'media-requests',
      data: { ...FORM, subject: 'Déclinée', deadline: past, status: 'declined' } as never,
      overrideAccess: true,
    })
    await app.payload.create({
      collection: 'media-requests',
      data: { ...FORM, subject: 'Pas encore', deadline: '2999-01-01T00:00:00.000Z' } as never,
      overrideAccess: true,
    })
    const found = await overdueMediaRequests(app.payload, new Date('2026-12-03T12:00:00Z'))
    expect(found.map((r) => r.subject)).toEqual(['En retard'])

    const meeting = await app.payload.create({
      collection: 'editorial-meetings',
      data: { week: '2099-W10', date: '2099-03-02T09:00:00.000Z' } as never,
      overrideAccess: true,
    })
    const board = (await (
      await app.request(`/api/editorial-meetings/${meeting.id}/board`, { token: editor })
    ).json()) as { overdueMediaRequests: { id: number; subject: string }[] }
    expect(board.overdueMediaRequests.map((r) => r.id)).toContain(overdue.id)
    expect(board.overdueMediaRequests.map((r) => r.subject)).not.toContain('Déclinée')
  })
})
