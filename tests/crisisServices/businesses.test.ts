import { advanceClock, resetClock } from '../../src/lib/clock'
import { startTestApp, type TestApp } from '../helpers/app'
import { startSmtp, type TestSmtp } from '../helpers/smtp'
import { contributorOf, deliver, from, linkIn, makeChambers, sweep } from './fixtures'

const DAY = 86_400_000
let app: TestApp
let smtp: TestSmtp
let chambers: Awaited<ReturnType<typeof makeChambers>>
const tokens: Record<string, string> = {}

beforeAll(async () => {
  smtp = await startSmtp()
  app = await startTestApp('businesses', {
    seed: true,
    env: {
      SMTP_URL: smtp.url,
      SERVER_URL: 'https://newsroom.example',
      TRUST_PROXY: 'true',
      CRISIS_SUBMISSIONS_RATE_LIMIT: '5/10m',
    },
  })
  chambers = await makeChambers(app.payload)
  tokens.brest = await contributorOf(app, chambers.finistere.id, 'correspondant.brest@newsroom.test')
  tokens.lyon = await contributorOf(app, chambers.rhone.id, 'correspondant.lyon@newsroom.test')
  tokens.editor = await app.login('editor@newsroom.test')
  tokens.admin = await app.login('admin@newsroom.test')
}, 120_000)
afterAll(async () => {
  resetClock()
  await app.close()
  await smtp.close()
})

const bakery = (extra: Record<string, unknown> = {}) => ({
  name: 'Boulangerie <script>alert(1)</script> du Port',
  category: 'alimentation',
  description: 'Pain et viennoiseries, commandes la veille.',
  address: '3 quai de la Douane',
  postalCode: '29200',
  city: 'Brest',
  latitude: 48.3809,
  longitude: -4.4867,
  services: ['delivery', 'phone-orders'],
  hours: { monday: '7h – 13h', saturday: '7h – 19h' },
  phone: '02 98 00 00 00',
  ownerEmail: 'boulangerie@example.test',
  ownerName: 'Marie Le Gall',
  ...extra,
})

const submit = (body: unknown, address: string, headers: Record<string, string> = {}) =>
  app.request('/api/businesses/submit', { method: 'POST', json: body, headers: { ...from(address), ...headers } })
const owner = (id: string, token: string, action: string, extra: Record<string, unknown> = {}) =>
  app.request(`/api/businesses/${id}/owner`, { method: 'POST', json: { token, action, ...extra } })
const geojson = async (bbox: string, query = '') =>
  (await (await app.request(`/api/businesses/geojson?bbox=${bbox}${query}`)).json()) as {
    clustered: boolean
    total: number
    features: { properties: Record<string, unknown> }[]
  }
const BREST = '-4.6,48.3,-4.3,48.5'
type FieldError = { path?: string; in?: string; message: string }
// The edge's refusals list their fields in Payload's shape, under the error's `data`.
const errorsOf = async (response: Response) =>
  ((await response.json()) as { errors: (FieldError & { data?: { errors: FieldError[] } })[] }).errors.flatMap(
    (error) => error.data?.errors ?? [error],
  )

describe('open businesses: the whole life of a listing', () => {
  test('submit → confirm → moderation by the right chamber → map and nearest → reminder → expiry → renewal → withdrawal', async () => {
    const first = await submit(bakery(), '203.0.113.1', { 'idempotency-key': 'bakery-1' })
    expect(first.status).toBe(202)
    expect(((await first.json()) as { message: string }).message).toContain('en attente de validation')
    const replay = await submit(bakery(), '203.0.113.1', { 'idempotency-key': 'bakery-1' })
    expect(replay.status).toBe(202)
    expect(replay.headers.get('idempotent-replayed')).toBe('true')
    expect((await app.payload.count({ collection: 'businesses', overrideAccess: true })).totalDocs).toBe(1)

    await deliver(app)
    const confirmMail = await smtp.waitFor(
      (m) => m.envelopeTo.includes('boulangerie@example.test') && m.subject.startsWith('Confirmez votre fiche'),
    )
    expect(confirmMail.text).toContain('https://newsroom.example/commerces-ouverts/gerer?id=')
    const { id, token } = linkIn(confirmMail.text)
    expect((await geojson(BREST)).total).toBe(0)

    // Another chamber's correspondent may not moderate it; the right one may not publish before the owner confirms.
    const foreign = await app.request(`/api/businesses/${id}`, {
      method: 'PATCH',
      token: tokens.lyon,
      json: { status: 'published' },
    })
    expect(foreign.status).toBeGreaterThanOrEqual(403)
    expect(
      (
        await app.request(`/api/businesses/${id}`, {
          method: 'PATCH',
          token: tokens.brest,
          json: { status: 'published' },
        })
      ).status,
    ).toBe(409)

    expect((await owner(id, token, 'confirm')).status).toBe(200)
    expect((await owner(id, `${token}x`, 'confirm')).status).toBe(403)
    const approved = await app.request(`/api/businesses/${id}`, {
      method: 'PATCH',
      token: tokens.brest,
      json: { status: 'published' },
    })
    expect(approved.status).toBe(200)
    await deliver(app)
    await smtp.waitFor((m) => m.envelopeTo.includes('boulangerie@example.test') && m.subject.endsWith('est en ligne'))

    const map = await geojson(BREST)
    expect(map.clustered).toBe(false)
    expect(map.features.map((f) => f.properties.name)).toEqual(['Boulangerie <script>alert(1)</script> du Port'])
    expect(JSON.stringify(map)).not.toContain('boulangerie@example.test')
    expect((await geojson(BREST, '&category=sante')).total).toBe(0)
    expect((await geojson(BREST, '&service=delivery')).total).toBe(1)
    expect((await geojson(BREST, '&service=click-and-collect')).total).toBe(0)
    const france = await geojson('-5.5,41,10,51.5')
    expect(france.clustered).toBe(true)
    expect(france.features[0].properties).toEqual({ cluster: true, count: 1 })

    const near = (await (await app.request('/api/businesses/nearest?postalCode=29200')).json()) as {
      docs: { id: number; distanceKm: number }[]
    }
    expect(near.docs.map((d) => String(d.id))).toEqual([id])
    expect(near.docs[0].distanceKm).toBeLessThan(5)
    expect(JSON.stringify(near)).not.toContain('boulangerie@example.test')

    // Reminder five days before the end, once.
    advanceClock(26 * DAY)
    await sweep(app)
    await smtp.waitFor((m) => m.envelopeTo.includes('boulangerie@example.test') && m.subject.includes('expire le'))
    await sweep(app)
    expect(smtp.to('boulangerie@example.test').filter((m) => m.subject.includes('expire le'))).toHaveLength(1)

    // Hidden after 30 days without confirmation; one click brings it back.
    advanceClock(5 * DAY)
    await sweep(app)
    await smtp.waitFor(
      (m) => m.envelopeTo.includes('boulangerie@example.test') && m.subject.includes('n’est plus affichée'),
    )
    expect((await geojson(BREST)).total).toBe(0)
    const renewed = await owner(id, token, 'renew')
    expect(renewed.status).toBe(200)
    expect(((await renewed.json()) as { status: string }).status).toBe('published')
    expect((await geojson(BREST)).total).toBe(1)

    expect((await owner(id, token, 'withdraw')).status).toBe(200)
    expect((await geojson(BREST)).total).toBe(0)
    expect((await owner(id, token, 'renew')).status).toBe(409)
    resetClock()
  })
})

describe('the owner’s private contact', () => {
  let id: number
  beforeAll(async () => {
    expect(
      (
        await submit(
          bakery({
            name: 'Épicerie Kerjean',
            ownerEmail: 'epicerie@example.test',
            latitude: undefined,
            longitude: undefined,
          }),
          '203.0.113.2',
        )
      ).status,
    ).toBe(202)
    await deliver(app)
    const { id: listing, token } = linkIn(
      (await smtp.waitFor((m) => m.envelopeTo.includes('epicerie@example.test'))).text,
    )
    await owner(listing, token, 'confirm')
    expect(
      (
        await app.request(`/api/businesses/${listing}`, {
          method: 'PATCH',
          token: tokens.editor,
          json: { status: 'published' },
        })
      ).status,
    ).toBe(200)
    id = Number(listing)
  })

  test.each([
    ['anonymous', undefined, false],
    ['another chamber’s contributor', 'lyon', false],
    ['an editor', 'editor', false],
    ['the chamber’s contributor', 'brest', true],
    ['an admin', 'admin', true],
  ])('REST: %s %s', async (_who, token, sees) => {
    const body = (await (
      await app.request(`/api/businesses/${id}`, { token: token ? tokens[token] : undefined })
    ).json()) as Record<string, unknown>
    expect(body.name).toBe('Épicerie Kerjean')
    expect(body.ownerEmail === 'epicerie@example.test').toBe(sees)
  })

  test('nobody but admins may filter or sort on it (REST and GraphQL)', async () => {
    for (const token of [undefined, tokens.lyon, tokens.brest, tokens.editor]) {
      const filtered = await app.request('/api/businesses?where[ownerEmail][equals]=epicerie@example.test', { token })
      expect(filtered.status).toBe(400)
      expect(JSON.stringify(await filtered.json())).toContain('ownerEmail')
      expect((await app.request('/api/businesses?sort=ownerEmail', { token })).status).toBe(400)
    }
    const admin = (await (
      await app.request('/api/businesses?where[ownerEmail][equals]=epicerie@example.test', { token: tokens.admin })
    ).json()) as { totalDocs: number }
    expect(admin.totalDocs).toBe(1)
    const graphql = await app.graphql<{ Business: { ownerEmail: string | null } }>(
      `{ Business(id: ${id}) { name ownerEmail } }`,
    )
    expect(graphql.body.data?.Business.ownerEmail ?? null).toBeNull()
  })

  test('Local API with overrideAccess: false', async () => {
    const [lyon] = (
      await app.payload.find({
        collection: 'users',
        where: { email: { equals: 'correspondant.lyon@newsroom.test' } },
        overrideAccess: true,
      })
    ).docs
    const [brest] = (
      await app.payload.find({
        collection: 'users',
        where: { email: { equals: 'correspondant.brest@newsroom.test' } },
        overrideAccess: true,
      })
    ).docs
    const as = async (user: typeof lyon) =>
      (
        await app.payload.findByID({
          collection: 'businesses',
          id,
          overrideAccess: false,
          user: { ...user, collection: 'users' },
        })
      ).ownerEmail
    expect(await as(lyon)).toBeUndefined()
    expect(await as(brest)).toBe('epicerie@example.test')
    await expect(
      app.payload.update({
        collection: 'businesses',
        id,
        data: { status: 'rejected', rejectionReason: 'x' },
        overrideAccess: false,
        user: { ...lyon, collection: 'users' },
      }),
    ).rejects.toThrow()
  })
})

describe('moderation', () => {
  test('a rejection needs its reason, which the owner receives in French', async () => {
    expect(
      (await submit(bakery({ name: 'Crêperie du Château', ownerEmail: 'creperie@example.test' }), '203.0.113.3'))
        .status,
    ).toBe(202)
    await deliver(app)
    const { id } = linkIn((await smtp.waitFor((m) => m.envelopeTo.includes('creperie@example.test'))).text)
    const bare = await app.request(`/api/businesses/${id}`, {
      method: 'PATCH',
      token: tokens.brest,
      json: { status: 'rejected' },
    })
    expect(bare.status).toBe(400)
    expect(JSON.stringify(await bare.json())).toContain('motif')
    const rejected = await app.request(`/api/businesses/${id}`, {
      method: 'PATCH',
      token: tokens.brest,
      json: { status: 'rejected', rejectionReason: 'Adresse introuvable : précisez le numéro.' },
    })
    expect(rejected.status).toBe(200)
    await deliver(app)
    const mail = await smtp.waitFor(
      (m) => m.envelopeTo.includes('creperie@example.test') && m.subject.includes('n’a pas été retenue'),
    )
    expect(mail.text).toContain('Motif : Adresse introuvable : précisez le numéro.')
    expect(mail.text).toContain('CCI Test Finistère')
  })

  test('duplicates (same name and postal code) are flagged for the moderators', async () => {
    expect(
      (await submit(bakery({ name: 'Fromagerie Quéré', ownerEmail: 'a@example.test' }), '203.0.113.4')).status,
    ).toBe(202)
    expect(
      (await submit(bakery({ name: 'FROMAGERIE  QUERE', ownerEmail: 'b@example.test' }), '203.0.113.5')).status,
    ).toBe(202)
    const { docs } = (await (
      await app.request('/api/businesses?where[postalCode][equals]=29200&sort=submittedAt&limit=50&depth=0', {
        token: tokens.brest,
      })
    ).json()) as { docs: { id: number; name: string; possibleDuplicateOf: number | null }[] }
    const [original, copy] = docs.filter((d) => /fromagerie/i.test(d.name))
    expect(original.possibleDuplicateOf).toBeNull()
    expect(copy.possibleDuplicateOf).toBe(original.id)
  })
})

describe('abuse and bad input', () => {
  test('a flood from one address gets 429 with Retry-After', async () => {
    const statuses: number[] = []
    // Submissions that reach the form (a body the edge refuses never does): an unknown postal code.
    for (let i = 0; i < 6; i++) statuses.push((await submit(bakery({ postalCode: '29999' }), '198.51.100.9')).status)
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429])
    const refused = await submit(bakery({ postalCode: '29999' }), '198.51.100.9')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await errorsOf(refused))[0].message).toContain('Trop d’envois')
  })

  test('the honeypot is answered like a real submission and dropped', async () => {
    const before = (await app.payload.count({ collection: 'businesses', overrideAccess: true })).totalDocs
    const bot = await submit(
      bakery({ name: 'Robot', fax: '0102030405', ownerEmail: 'bot@example.test' }),
      '198.51.100.10',
    )
    expect(bot.status).toBe(202)
    await deliver(app)
    expect((await app.payload.count({ collection: 'businesses', overrideAccess: true })).totalDocs).toBe(before)
    expect(smtp.to('bot@example.test')).toHaveLength(0)
  })

  test.each([
    ['an unknown postal code', { postalCode: '29999' }, 'postalCode', 'n’existe pas'],
    ['a city the postal code does not serve', { city: 'Quimper' }, 'city', 'ne correspond pas'],
    ['a pin at sea', { latitude: 48.2, longitude: -5.6 }, 'latitude', 'en mer'],
    ['a pin far from the commune', { latitude: 47.99, longitude: -2.0 }, 'latitude', 'trop loin de Brest'],
    ['three links', { description: 'https://a.example https://b.example www.c.example' }, 'description', '2 au plus'],
    ['a bad category', { category: 'casino' }, 'category', 'l’une de ces valeurs'],
    ['a name that is not text', { name: 42 }, 'name', 'doit faire de 2 à 120 caractères'],
    ['opening hours that are not text', { hours: { monday: ['7h'] } }, 'hours.monday', 'de 0 à 80 caractères'],
  ])('%s: 400 naming the field, in French', async (_case, change, path, words) => {
    const response = await submit(
      bakery({ ...change, ownerEmail: 'bad@example.test' }),
      `198.51.100.${20 + Object.keys(change).length}`,
    )
    expect(response.status).toBe(400)
    const errors = await errorsOf(response)
    expect(errors.map((e) => e.path)).toContain(path)
    expect(errors.find((e) => e.path === path)?.message).toContain(words)
  })

  test('a department whose chamber did not switch the service on: refused, pointing to that chamber', async () => {
    const response = await submit(
      bakery({ postalCode: '33000', city: 'Bordeaux', latitude: 44.84, longitude: -0.58 }),
      '198.51.100.40',
    )
    expect(response.status).toBe(422)
    const [{ message }] = await errorsOf(response)
    expect(message).toContain('CCI Test Gironde')
    expect(message).toContain('05 56 79 50 00')
  })

  test('answers in English when asked', async () => {
    const response = await submit(bakery({ postalCode: '29999' }), '198.51.100.41', { 'accept-language': 'en' })
    expect((await errorsOf(response))[0].message).toContain('does not exist')
  })

  test('a field of the wrong shape is refused at the edge, in the form’s words, and nothing is stored', async () => {
    const count = async () => (await app.payload.count({ collection: 'businesses', overrideAccess: true })).totalDocs
    const before = await count()
    const body = bakery({ category: 7, services: 'delivery', ownerEmail: 'shape@example.test' })
    const fr = await errorsOf(await submit(body, '198.51.100.42'))
    expect(fr).toEqual([
      {
        path: 'category',
        in: 'body',
        message: expect.stringMatching(/^Le champ « category » doit prendre l’une de ces valeurs : alimentation, /),
      },
      {
        path: 'services',
        in: 'body',
        message: expect.stringMatching(
          /^Le champ « services » doit prendre l’une de ces valeurs : click-and-collect, /,
        ),
      },
    ])
    const en = await errorsOf(await submit(body, '198.51.100.43', { 'accept-language': 'en' }))
    expect(en.map((e) => e.message)).toEqual([
      expect.stringMatching(/^"category" must be one of: alimentation, /),
      expect.stringMatching(/^"services" must be one of: click-and-collect, /),
    ])
    await deliver(app)
    expect(await count()).toBe(before)
    expect(smtp.to('shape@example.test')).toHaveLength(0)
  })
})
