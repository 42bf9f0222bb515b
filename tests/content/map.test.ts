import { TERRITORIAL_CHAMBERS } from '../../src/seed/data/chambers'
import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
const MARSEILLE = { lat: 43.2951, lng: 5.374 }

beforeAll(async () => {
  app = await startTestApp('map')
  // Southern chambers around Marseille, plus one with no coordinates that the map must leave out.
  for (const code of ['13', '83', '84', '04', '06', '30', '75']) {
    const chamber = TERRITORIAL_CHAMBERS.find((c) => c.departmentCode === code)!
    await app.payload.create({ collection: 'chambers', data: chamber, overrideAccess: true })
  }
  await app.payload.create({
    collection: 'chambers',
    data: { name: 'CCI sans adresse', kind: 'territorial' },
    overrideAccess: true,
  })
})
afterAll(() => app.close())

type Nearest = { origin: unknown; docs: { name: string; departmentCode: string; distanceKm: number }[] }

describe('GET /api/chambers/geojson', () => {
  test('is a public, cacheable FeatureCollection of every located chamber, longitude first', async () => {
    const response = await app.request('/api/chambers/geojson')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/geo\+json/)
    expect(response.headers.get('cache-control')).toMatch(/^public/)
    const body = (await response.json()) as {
      type: string
      features: { geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[]
    }
    expect(body.type).toBe('FeatureCollection')
    expect(body.features).toHaveLength(7)
    const marseille = body.features.find((f) => f.properties.name === 'CCI Bouches-du-Rhône')!
    expect(marseille.geometry.type).toBe('Point')
    const [lng, lat] = marseille.geometry.coordinates
    expect(lat).toBeCloseTo(43.3, 1)
    expect(lng).toBeCloseTo(5.37, 1)
    expect(Object.keys(marseille.properties).sort()).toEqual([
      'city',
      'email',
      'hotline',
      'id',
      'kind',
      'name',
      'phone',
      'website',
    ])
  })
})

describe('GET /api/chambers/nearest', () => {
  const nearest = async (query: string) => app.request(`/api/chambers/nearest?${query}`)

  test('from Marseille, the Bouches-du-Rhône chamber comes first, then by distance', async () => {
    const response = await nearest(`lat=${MARSEILLE.lat}&lng=${MARSEILLE.lng}`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as Nearest
    expect(body.docs).toHaveLength(5)
    expect(body.docs[0].departmentCode).toBe('13')
    expect(body.docs[0].distanceKm).toBeLessThan(5)
    const distances = body.docs.map((d) => d.distanceKm)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(body.docs.map((d) => d.departmentCode)).not.toContain('75')
  })

  test('from Paris, Paris comes first; limit bounds the answer', async () => {
    const body = (await (await nearest('lat=48.8566&lng=2.3522&limit=2')).json()) as Nearest
    expect(body.docs.map((d) => d.departmentCode)).toEqual(['75', expect.any(String)])
    expect(body.docs[0].distanceKm).toBeLessThan(5)
  })

  test('limit=50 returns every located chamber when there are fewer', async () => {
    const body = (await (await nearest(`lat=${MARSEILLE.lat}&lng=${MARSEILLE.lng}&limit=50`)).json()) as Nearest
    expect(body.docs).toHaveLength(7)
  })

  test.each([
    ['', ['« lat » est obligatoire', '« lng » est obligatoire']],
    ['lat=43.3', ['« lng » est obligatoire']],
    ['lng=5.4', ['« lat » est obligatoire']],
    ['lat=abc&lng=5.4', ['« lat » doit être un nombre (reçu : « abc »)']],
    ['lat=43.3&lng=east', ['« lng » doit être un nombre (reçu : « east »)']],
    ['lat=91&lng=5.4', ['« lat » doit être compris entre -90 et 90 (reçu : 91)']],
    ['lat=-90.5&lng=5.4', ['« lat » doit être compris entre -90 et 90 (reçu : -90.5)']],
    ['lat=43.3&lng=181', ['« lng » doit être compris entre -180 et 180 (reçu : 181)']],
    ['lat=43.3&lng=5.4&limit=0', ['« limit » doit être un nombre entier de 1 à 50 (reçu : « 0 »)']],
    ['lat=43.3&lng=5.4&limit=51', ['« limit » doit être un nombre entier de 1 à 50 (reçu : « 51 »)']],
    ['lat=43.3&lng=5.4&limit=2.5', ['« limit » doit être un nombre entier de 1 à 50 (reçu : « 2.5 »)']],
    ['lat=43.3&lng=5.4&limit=ten', ['« limit » doit être un nombre entier de 1 à 50 (reçu : « ten »)']],
    // Given empty, they are given, and are not numbers.
    ['lat=&lng=', ['« lat » doit être un nombre', '« lng » doit être un nombre']],
  ])('?%s → 400 saying %j', async (query, messages) => {
    const response = await nearest(query)
    expect(response.status).toBe(400)
    // Refused at the edge, against the published parameters: each field in Payload's shape, under `data`.
    const body = (await response.json()) as { errors: { data: { errors: { message: string }[] } }[] }
    expect(body.errors[0].data.errors.map((e) => e.message)).toEqual(messages.map((m) => expect.stringContaining(m)))
  })

  test('asked as a POST read as a GET (its query in a form-encoded body), checked the same', async () => {
    const asGet = (query: string) =>
      app.request('/api/chambers/nearest', {
        method: 'POST',
        body: query,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' },
      })
    const refused = await asGet('lat=abc&lng=5.4')
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('« lat » doit être un nombre')
    expect((await asGet(`lat=${MARSEILLE.lat}&lng=${MARSEILLE.lng}&limit=2`)).status).toBe(200)
  })
})

describe('chamber coordinates', () => {
  test('are both set or both empty, within range: 400 on the field at fault', async () => {
    const editor = {
      ...(await app.payload.create({
        collection: 'users',
        data: { email: 'ed@newsroom.test', name: 'Ed', password: 'a-long-password-1', roles: ['editor'] },
        overrideAccess: true,
      })),
      collection: 'users' as const,
    }
    const attempt = (data: Record<string, unknown>) =>
      app.payload.create({
        collection: 'chambers',
        data: { name: `CCI test ${Math.random()}`, kind: 'territorial', ...data },
        user: editor,
        overrideAccess: false,
      })
    await expect(attempt({ latitude: 43.3 })).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'longitude' })] },
    })
    await expect(attempt({ longitude: 5.4 })).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'latitude' })] },
    })
    await expect(attempt({ latitude: 95, longitude: 5.4 })).rejects.toMatchObject({ status: 400 })
    await expect(attempt({ latitude: 43.3, longitude: 5.4, departmentCode: '20' })).rejects.toMatchObject({
      status: 400,
    })
    await expect(attempt({ latitude: 43.3, longitude: 5.4, departmentCode: '2A' })).resolves.toMatchObject({
      departmentCode: '2A',
    })
  })
})
