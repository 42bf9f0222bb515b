import { startTestApp, type TestApp } from '../helpers/app'
import { pressContact, pressList, publishRelease } from '../helpers/press'
import { demoUser } from '../helpers/users'

/*
 * Press contacts are personal data: editors and admins read them; journalists, the community
 * manager, contributors and anonymous callers see nothing of them, through any API, and cannot
 * probe for an address through the deliveries that point at a contact.
 */
let app: TestApp
const tokens: Record<string, string> = {}
let contact: { id: number | string; email: string }
let releaseId: number | string

beforeAll(async () => {
  app = await startTestApp('press-access', { seed: true })
  for (const role of ['admin', 'editor', 'journalist', 'community', 'contributor'])
    tokens[role] = await app.login(`${role}@newsroom.test`)
  const list = await pressList(app.payload)
  contact = await pressContact(app.payload, {
    lists: [list],
    email: 'claire.martin@journal.test',
    name: 'Claire Martin',
  })
  // Without SMTP the e-mail stays queued: enough for a delivery that points at the contact.
  releaseId = (await publishRelease(app.payload, { pressLists: [list] })).id
}, 60_000)
afterAll(() => app?.close())

const OUTSIDERS = ['journalist', 'community', 'contributor', 'anonymous'] as const

describe.each(OUTSIDERS)('%s', (who) => {
  const token = () => (who === 'anonymous' ? undefined : tokens[who])

  test('REST: no list, no document, no filter by e-mail', async () => {
    for (const path of [
      '/api/media-contacts',
      `/api/media-contacts/${contact.id}`,
      `/api/media-contacts?where[email][equals]=${contact.email}`,
    ]) {
      const response = await app.request(path, { token: token() })
      expect([401, 403, 404]).toContain(response.status)
      expect(await response.text()).not.toContain('claire')
    }
  })

  test('GraphQL: refused, nothing of the contact in the answer', async () => {
    const { body } = await app.graphql(
      `{ MediaContacts(where: { email: { equals: "${contact.email}" } }) { docs { name email } } }`,
      { token: token() },
    )
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(JSON.stringify(body)).not.toContain('claire')
  })

  test('Local API (overrideAccess: false): refused', async () => {
    const user = who === 'anonymous' ? undefined : await demoUser(app.payload, who)
    await expect(app.payload.find({ collection: 'media-contacts', user, overrideAccess: false })).rejects.toMatchObject(
      { status: 403 },
    )
  })

  test('deliveries: the recipient is hidden, and filtering on it tells nothing', async () => {
    if (who === 'anonymous' || who === 'contributor') {
      expect((await app.request('/api/deliveries', { token: token() })).status).toBe(403)
      return
    }
    const base = `/api/deliveries?where[itemId][equals]=${releaseId}&depth=1`
    const plain = (await (await app.request(base, { token: token() })).json()) as { docs: Record<string, unknown>[] }
    expect(plain.docs).toHaveLength(1)
    expect(plain.docs[0].recipient).toBeUndefined()
    expect(plain.docs[0].recipientKey).toBeUndefined()
    for (const filter of [
      `where[recipient.email][equals]=${contact.email}`,
      `where[recipient][equals]=${contact.id}`,
      `where[recipient.name][like]=claire`,
    ]) {
      const response = await app.request(`${base}&${filter}`, { token: token() })
      const text = await response.text()
      expect(text).not.toContain('claire')
      // Either refused, or the same answer whatever the address: no oracle.
      if (response.ok) expect((JSON.parse(text) as { docs: unknown[] }).docs).toHaveLength(0)
      else expect([400, 403]).toContain(response.status)
    }
  })
})

describe('editors and admins', () => {
  test('read contacts and filter them by e-mail; see who a delivery went to', async () => {
    for (const role of ['editor', 'admin']) {
      const found = (await (
        await app.request(`/api/media-contacts?where[email][equals]=${contact.email}`, { token: tokens[role] })
      ).json()) as { docs: { name: string }[] }
      expect(found.docs.map((d) => d.name)).toEqual(['Claire Martin'])
      const deliveries = (await (
        await app.request(`/api/deliveries?where[recipient.email][equals]=${contact.email}`, { token: tokens[role] })
      ).json()) as { docs: unknown[] }
      expect(deliveries.docs).toHaveLength(1)
    }
  })

  test('a contact needs its legal basis: refused with the field named', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'legalBasis'],
      [{ legalBasis: 'consent' }, 'consentAt'],
      [{ legalBasis: 'legitimate-interest', legitimateInterestNote: '  ' }, 'legitimateInterestNote'],
    ]
    for (const [basis, field] of cases) {
      const response = await app.request('/api/media-contacts', {
        method: 'POST',
        token: tokens.editor,
        json: { name: 'Sans base', email: `sans.${field}@journal.test`, ...basis },
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toContain(field)
    }
    expect(
      (
        await app.payload.count({
          collection: 'media-contacts',
          where: { name: { equals: 'Sans base' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('export and erasure on request', () => {
  test('editors may not; an admin exports the data, then erases it; both are audited without the data', async () => {
    const list = await pressList(app.payload)
    const person = await pressContact(app.payload, {
      lists: [list],
      name: 'Paul Durand',
      email: 'paul.durand@radio.test',
      phone: '+33 6 00 00 00 00',
    })
    await publishRelease(app.payload, { title: 'Communiqué reçu par Paul', pressLists: [list] })

    expect((await app.request(`/api/media-contacts/${person.id}/export`, { token: tokens.editor })).status).toBe(403)
    expect(
      (await app.request(`/api/media-contacts/${person.id}/erase`, { method: 'POST', token: tokens.editor })).status,
    ).toBe(403)
    expect((await app.request(`/api/media-contacts/${person.id}/export`)).status).toBe(401)

    const exported = await app.request(`/api/media-contacts/${person.id}/export`, { token: tokens.admin })
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toContain('attachment')
    const data = (await exported.json()) as { contact: Record<string, unknown>; messages: { release: string }[] }
    expect(data.contact).toMatchObject({
      name: 'Paul Durand',
      email: 'paul.durand@radio.test',
      phone: '+33 6 00 00 00 00',
      legalBasis: 'consent',
    })
    expect(data.messages.map((m) => m.release)).toEqual(['Communiqué reçu par Paul'])

    const erased = await app.request(`/api/media-contacts/${person.id}/erase`, { method: 'POST', token: tokens.admin })
    expect(erased.status).toBe(200)
    expect(
      await app.payload.findByID({
        collection: 'media-contacts',
        id: person.id,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).toBeNull()
    const { docs: sends } = await app.payload.find({
      collection: 'deliveries',
      where: { itemTitle: { equals: 'Communiqué reçu par Paul' } },
      depth: 0,
      overrideAccess: true,
    })
    expect(sends).toHaveLength(1)
    expect(sends[0]).toMatchObject({ recipient: null, status: 'cancelled' })
    expect((await app.request(`/api/media-contacts/${person.id}/export`, { token: tokens.admin })).status).toBe(404)

    const { docs: audit } = await app.payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'media-contacts' } }, { documentId: { equals: String(person.id) } }] },
      sort: 'at',
      overrideAccess: true,
    })
    expect(audit.map((e) => e.action)).toEqual(['export', 'erase'])
    expect(audit.every((e) => e.userEmail === 'admin@newsroom.test')).toBe(true)
    expect(JSON.stringify(audit)).not.toMatch(/Paul|paul\.durand|00 00/)
  })
})
