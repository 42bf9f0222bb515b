import type { Payload } from 'payload'

import { startTestApp, type TestApp } from '../helpers/app'

type Refusal = { errors?: { message: string; data?: { errors: { path: string; message: string }[] } }[] }

let app: TestApp
let payload: Payload
let admin: string
let eventId: number
let dossierId: number

const START = '2030-03-01T09:00:00.000Z'
const END = '2030-03-01T10:00:00.000Z'
const FR_START = '« startsAt » attend un texte.'
const FR_VALUE = '« items.0.value » attend un nombre.'
const EN_VALUE = '"items.0.value" expects a number.'

beforeAll(async () => {
  app = await startTestApp('write-contract', { seed: true })
  payload = app.payload
  admin = await app.login('admin@newsroom.test')
  const created = await app.request('/api/events', {
    method: 'POST',
    token: admin,
    json: { title: 'Atelier', startsAt: START, endsAt: END },
  })
  expect(created.status).toBe(201)
  eventId = ((await created.json()) as { doc: { id: number } }).doc.id
  dossierId = (await payload.create({ collection: 'dossiers', data: { title: 'Dossier', phase: 'recovery' } })).id
}, 120_000)
afterAll(() => app.close())

const form = (data: unknown) => {
  const body = new FormData()
  body.append('_payload', typeof data === 'string' ? data : JSON.stringify(data))
  return body
}
const fieldMessages = async (response: Response) =>
  ((await response.json()) as Refusal).errors?.[0]?.data?.errors.map((e) => `${e.path}: ${e.message}`)
const adminUser = async () =>
  (await payload.find({ collection: 'users', where: { email: { equals: 'admin@newsroom.test' } } })).docs[0]
const storedStart = async () => (await payload.findByID({ collection: 'events', id: eventId })).startsAt

describe('one check of field shapes, from the published input schemas', () => {
  test('a JSON body and the admin form’s `_payload` are refused at the edge in the same words, nothing stored', async () => {
    const json = await app.request(`/api/events/${eventId}`, {
      method: 'PATCH',
      token: admin,
      json: { startsAt: {}, speakers: {} },
    })
    expect(json.status).toBe(400)
    const expected = [`startsAt: ${FR_START}`, 'speakers: « speakers » attend une liste de lignes (des objets).']
    expect(await fieldMessages(json)).toEqual(expected)
    const multipart = await app.request(`/api/events/${eventId}`, {
      method: 'PATCH',
      token: admin,
      body: form({ startsAt: {}, speakers: {} }),
    })
    expect(multipart.status).toBe(400)
    expect(await fieldMessages(multipart)).toEqual(expected)
    expect(await storedStart()).toBe(START)
  })

  test('a `_payload` that is not JSON is refused with 400', async () => {
    const response = await app.request(`/api/events/${eventId}`, {
      method: 'PATCH',
      token: admin,
      body: form('{not json'),
    })
    expect(response.status).toBe(400)
    expect(await fieldMessages(response)).toEqual([': « body » attend un objet avec ses champs.'])
  })

  test('a GraphQL mutation meets the same schema and message, in the caller’s language', async () => {
    // GraphQL's own types leave one way to send a wrong shape: a JSON value (here a relationship's id).
    const query = `mutation { updateDossier(id: ${dossierId}, data: { items: [{ relationTo: articles, value: "x" }] }) { id } }`
    const french = (await app.graphql(query, { token: admin })).body
    expect(french.errors?.[0]?.message).toContain(FR_VALUE)
    expect(french.errors?.[0]?.extensions?.statusCode).toBe(400)
    const english = await app.request('/api/graphql', {
      method: 'POST',
      token: admin,
      headers: { 'accept-language': 'en' },
      json: { query },
    })
    const body = (await english.json()) as { errors?: { message: string }[] }
    expect(body.errors?.[0]?.message).toContain(EN_VALUE)
    expect((await payload.findByID({ collection: 'dossiers', id: dossierId })).items ?? []).toEqual([])
  })

  test('a Local API write on a client’s behalf (overrideAccess: false) is refused with the field named', async () => {
    const user = await adminUser()
    const write = payload.update({
      collection: 'events',
      id: eventId,
      data: { startsAt: {} as string },
      overrideAccess: false,
      user,
    })
    await expect(write).rejects.toMatchObject({
      name: 'ValidationError',
      status: 400,
      message: FR_START,
      data: { errors: [{ path: 'startsAt', message: FR_START }] },
    })
    expect(await storedStart()).toBe(START)
  })

  test('the Local API’s own values pass: JavaScript dates on a client’s behalf, server-set fields in internal writes', async () => {
    const user = await adminUser()
    // Typed as text, but JavaScript callers may hand Payload a Date, which it accepts.
    const at = (iso: string) => new Date(iso) as unknown as string
    const onBehalf = await payload.update({
      collection: 'events',
      id: eventId,
      data: { startsAt: at('2030-03-02T09:00:00Z'), endsAt: at('2030-03-02T10:00:00Z') },
      overrideAccess: false,
      user,
    })
    expect(onBehalf.startsAt).toBe('2030-03-02T09:00:00.000Z')
    const internal = await payload.update({
      collection: 'events',
      id: eventId,
      data: { startsAt: at(START), endsAt: at(END), updatedAt: new Date().toISOString() },
    })
    expect(internal.startsAt).toBe(START)
  })

  test('the admin form’s own conventions pass: a list without rows as its count, a password with its confirmation', async () => {
    const rows = await app.request(`/api/events/${eventId}`, {
      method: 'PATCH',
      token: admin,
      body: form({ title: 'Atelier', speakers: 0 }),
    })
    expect(rows.status).toBe(200)
    const journalist = (
      await payload.find({ collection: 'users', where: { email: { equals: 'journalist@newsroom.test' } } })
    ).docs[0]
    const password = 'Un-nouveau-mot-de-passe-2030'
    const changed = await app.request(`/api/users/${journalist.id}`, {
      method: 'PATCH',
      token: admin,
      body: form({ password, 'confirm-password': password }),
    })
    expect(changed.status).toBe(200)
    expect(await app.login('journalist@newsroom.test', password)).toEqual(expect.any(String))
    // Not a field for JSON clients, who have no confirmation box.
    const json = await app.request(`/api/users/${journalist.id}`, {
      method: 'PATCH',
      token: admin,
      json: { password, 'confirm-password': password },
    })
    expect(json.status).toBe(400)
    expect(await fieldMessages(json)).toEqual([
      'confirm-password: « confirm-password » n’est pas un champ accepté ici.',
    ])
  })

  test('a copy takes the original’s fields: it is checked as an update', async () => {
    // Topics have no drafts: a copy's required fields come from the original, not from the body.
    const topic = await payload.create({ collection: 'topics', data: { title: 'Sujet à copier' } })
    const copy = await app.request(`/api/topics/${topic.id}/duplicate`, { method: 'POST', token: admin, json: {} })
    expect(copy.status).toBe(200)
    const shaped = await app.request(`/api/topics/${topic.id}/duplicate`, {
      method: 'POST',
      token: admin,
      json: { description: {} },
    })
    expect(shaped.status).toBe(400)
  })

  test('a draft may leave required fields missing or emptied; a publication may not', async () => {
    const published = await app.request('/api/events', { method: 'POST', token: admin, json: { title: 'Sans date' } })
    expect(published.status).toBe(400)
    expect(await fieldMessages(published)).toEqual([
      'startsAt: « startsAt » est obligatoire.',
      'endsAt: « endsAt » est obligatoire.',
    ])
    const draft = await app.request('/api/events?draft=true', {
      method: 'POST',
      token: admin,
      json: { title: 'Sans date' },
    })
    expect(draft.status).toBe(201)
    const draftId = ((await draft.json()) as { doc: { id: number } }).doc.id
    const emptied = await app.request(`/api/events/${draftId}?draft=true`, {
      method: 'PATCH',
      token: admin,
      body: form({ title: null, organiser: null }),
    })
    expect(emptied.status).toBe(200)
    // A draft's rows may wait for their required fields too.
    const list = await app.request(`/api/events/${draftId}?draft=true`, {
      method: 'PATCH',
      token: admin,
      json: { speakers: [{}] },
    })
    expect(list.status).toBe(200)
  })
})
