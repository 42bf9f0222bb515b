import type { CollectionSlug } from 'payload'

import { advanceClock, resetClock } from '../../src/lib/clock'
import { startTestApp, type TestApp } from '../helpers/app'
import { demoUser, PUBLISH } from '../helpers/users'

let app: TestApp
let token: string
beforeAll(async () => {
  app = await startTestApp('collections', { seed: true })
  token = await app.login('editor@newsroom.test')
})
afterAll(() => app.close())

const soon = '2030-03-01T09:00:00.000Z'
const later = '2030-03-01T10:30:00.000Z'

/** A valid document, a change to make, and invalid input with the field that must be named. */
const CASES: {
  collection: string
  valid: Record<string, unknown>
  change: Record<string, unknown>
  invalid: Record<string, unknown>
  field: string
}[] = [
  {
    collection: 'articles',
    valid: { title: 'Décryptage', format: 'decryptage', audiences: ['entrepreneurs'] },
    change: { format: 'news' },
    invalid: { title: 'Sources', sources: [{ label: 'x', url: 'javascript:alert(1)' }] },
    field: 'sources.0.url',
  },
  {
    collection: 'success-stories',
    valid: { companyName: 'Atelier Solidaire', territory: { region: 'bretagne', departmentCode: '29' } },
    change: { sector: 'Textile' },
    invalid: { companyName: 'Mauvais code', territory: { departmentCode: '99' } },
    field: 'territory.departmentCode',
  },
  {
    collection: 'initiatives',
    valid: { title: 'Plateforme locale', kind: 'local-platform' },
    change: { state: 'ended' },
    invalid: { title: 'Sans type', kind: 'unknown-kind' },
    field: 'kind',
  },
  {
    collection: 'faqs',
    valid: { question: 'Comment obtenir un report de charges ?', order: 3 },
    change: { order: 1 },
    invalid: { order: 2 },
    field: 'question',
  },
  {
    collection: 'guides',
    valid: { title: 'Fiche activité partielle', reviewDueAt: soon },
    change: { lastReviewedAt: soon },
    invalid: { title: 'Sans échéance', ...PUBLISH },
    field: 'reviewDueAt',
  },
  {
    collection: 'events',
    valid: { title: 'Webinaire PGE', kind: 'webinar', startsAt: soon, endsAt: later },
    change: { replayUrl: 'https://replay.newsroom.test/pge' },
    invalid: { title: 'À l’envers', startsAt: later, endsAt: soon },
    field: 'endsAt',
  },
  {
    collection: 'dossiers',
    valid: { title: 'Relance', phase: 'recovery' },
    change: { description: 'La relance' },
    invalid: { title: 'Phase inconnue', phase: 'aftermath' },
    field: 'phase',
  },
  {
    collection: 'chambers',
    valid: { name: 'CCI Exemple', kind: 'territorial', departmentCode: '13' },
    change: { city: 'Marseille' },
    invalid: { name: 'CCI Site', kind: 'territorial', website: 'ftp://cci.test' },
    field: 'website',
  },
  {
    collection: 'topics',
    valid: { title: 'Aides & mesures' },
    change: { description: 'Les aides' },
    invalid: { description: 'Sans titre' },
    field: 'title',
  },
  {
    collection: 'partners',
    valid: { name: 'Radio Exemple', kind: 'media-partner' },
    change: { url: 'https://radio.newsroom.test' },
    invalid: { name: 'Sans type' },
    field: 'kind',
  },
]

/** The same document under another name, so that its slug (or unique name) differs. */
const renamed = (data: Record<string, unknown>, suffix: string) => {
  const key = ['title', 'companyName', 'question', 'name'].find((k) => k in data)!
  return { ...data, [key]: `${String(data[key])}${suffix}` }
}

type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

describe.each(CASES)('$collection', ({ collection, valid, change, invalid, field }) => {
  const slug = collection as CollectionSlug

  test('create, read and update through the Local API as an editor (access enforced)', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const created = await app.payload.create({ collection: slug, data: valid, user: editor, overrideAccess: false })
    const read = await app.payload.findByID({
      collection: slug,
      id: created.id,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(read).toMatchObject(valid)
    const updated = await app.payload.update({
      collection: slug,
      id: created.id,
      data: change,
      user: editor,
      overrideAccess: false,
    })
    expect(updated).toMatchObject(change)
  })

  test('create, read and update over REST', async () => {
    const created = await app.request(`/api/${collection}`, { method: 'POST', token, json: renamed(valid, ' (REST)') })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    const read = await app.request(`/api/${collection}/${doc.id}?draft=true`, { token })
    expect(read.status).toBe(200)
    const patched = await app.request(`/api/${collection}/${doc.id}`, { method: 'PATCH', token, json: change })
    expect(patched.status).toBe(200)
    expect(((await patched.json()) as { doc: Record<string, unknown> }).doc).toMatchObject(change)
  })

  test('invalid input is a 400 naming the field, and nothing is stored', async () => {
    const before = (await app.payload.count({ collection: slug, overrideAccess: true })).totalDocs
    const response = await app.request(`/api/${collection}`, { method: 'POST', token, json: invalid })
    expect(response.status).toBe(400)
    const body = (await response.json()) as ErrorBody
    const fields = body.errors.flatMap((e) => e.data?.errors ?? [])
    expect(fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: field, message: expect.any(String) })]),
    )
    expect((await app.payload.count({ collection: slug, overrideAccess: true })).totalDocs).toBe(before)
  })

  test('anonymous visitors cannot create', async () => {
    const response = await app.request(`/api/${collection}`, { method: 'POST', json: valid })
    expect(response.status).toBe(403)
  })
})

describe('GET /api/guides/overdue', () => {
  test('lists guides whose review date has passed, oldest first, for staff only', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const make = (title: string, reviewDueAt: string) =>
      app.payload.create({
        collection: 'guides',
        data: { title, reviewDueAt, ...PUBLISH },
        user: editor,
        overrideAccess: false,
      })
    await make('Récent', new Date(Date.now() - 86_400_000).toISOString())
    await make('Ancien', '2021-01-15T00:00:00.000Z')
    await make('À venir', '2031-01-01T00:00:00.000Z')

    expect((await app.request('/api/guides/overdue')).status).toBe(403)
    const response = await app.request('/api/guides/overdue', { token })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toContain('no-store')
    const body = (await response.json()) as { docs: { title: string }[] }
    expect(body.docs.map((d) => d.title)).toEqual(['Ancien', 'Récent'])
  })

  test('goes by the platform clock: a guide due in two hours is overdue once the clock has moved three', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const dueAt = new Date(Date.now() + 2 * 3_600_000).toISOString()
    const data = { title: 'Bientôt à revoir', reviewDueAt: dueAt, ...PUBLISH }
    await app.payload.create({ collection: 'guides', data, user: editor, overrideAccess: false })
    const overdueTitles = async () =>
      ((await (await app.request('/api/guides/overdue', { token })).json()) as { docs: { title: string }[] }).docs.map(
        (d) => d.title,
      )
    expect(await overdueTitles()).not.toContain('Bientôt à revoir')
    advanceClock(3 * 3_600_000)
    try {
      expect(await overdueTitles()).toContain('Bientôt à revoir')
    } finally {
      resetClock()
    }
  })
})

describe('GET /api/search', () => {
  test('is accent- and case-insensitive, across types, published only', async () => {
    const editor = await demoUser(app.payload, 'editor')
    await app.payload.create({
      collection: 'articles',
      data: { title: 'Économie durable : les aides', format: 'decryptage', ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
    await app.payload.create({
      collection: 'guides',
      data: { title: 'ÉCONOMIE circulaire', reviewDueAt: soon, ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
    await app.payload.create({
      collection: 'articles',
      data: { title: 'Économie (brouillon)' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })

    const body = (await (await app.request('/api/search?q=economie')).json()) as {
      docs: { type: string; title: string; slug: string }[]
      totalDocs: number
    }
    expect(body.docs.map((d) => [d.type, d.title]).sort()).toEqual([
      ['articles', 'Économie durable : les aides'],
      ['guides', 'ÉCONOMIE circulaire'],
    ])
    const twoWords = (await (await app.request('/api/search?q=Economie%20Aides')).json()) as {
      docs: { slug: string }[]
    }
    expect(twoWords.docs.map((d) => d.slug)).toEqual(['economie-durable-les-aides'])
  })

  test.each([
    ['', '« q » est obligatoire'],
    ['q=', '« q » est obligatoire'],
    ['q=%20%21%3F', 'ni lettre ni chiffre'],
    [`q=${'a'.repeat(201)}`, 'au plus 200 caractères'],
    ['q=aide&limit=0', '« limit » doit être un nombre entier de 1 à 50 (reçu : « 0 »)'],
    ['q=aide&page=-1', '« page » doit être un nombre entier'],
  ])('?%s → 400 (%s)', async (query, message) => {
    const response = await app.request(`/api/search?${query}`)
    expect(response.status).toBe(400)
    const body = (await response.json()) as ErrorBody
    expect(body.errors.map((e) => e.message).join(' ')).toContain(message)
  })
})
