import { startTestApp, type TestApp } from '../helpers/app'
import { demoUser, PUBLISH } from '../helpers/users'

let app: TestApp
let chamberIds: number[]
beforeAll(async () => {
  app = await startTestApp('initiatives', { seed: true })
  chamberIds = []
  for (let i = 1; i <= 4; i++) {
    chamberIds.push(
      (
        await app.payload.create({
          collection: 'chambers',
          data: { name: `CCI n°${i}`, kind: 'territorial' },
          overrideAccess: true,
        })
      ).id as number,
    )
  }
})
afterAll(() => app.close())

describe('adoptionCount', () => {
  test('follows the adopting chambers through create, add, remove and duplicates, on drafts and published', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const created = await app.payload.create({
      collection: 'initiatives',
      data: { title: 'Carte des commerces ouverts', kind: 'geolocated-map', adoptedBy: chamberIds.slice(0, 2) },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(created.adoptionCount).toBe(2)

    const added = await app.payload.update({
      collection: 'initiatives',
      id: created.id,
      data: { adoptedBy: chamberIds, ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
    expect(added.adoptionCount).toBe(4)

    const removed = await app.payload.update({
      collection: 'initiatives',
      id: created.id,
      data: { adoptedBy: [chamberIds[0]] },
      user: editor,
      overrideAccess: false,
    })
    expect(removed.adoptionCount).toBe(1)

    const duplicated = await app.payload.update({
      collection: 'initiatives',
      id: created.id,
      data: { adoptedBy: [chamberIds[0], chamberIds[0], chamberIds[1]] },
      user: editor,
      overrideAccess: false,
    })
    expect(duplicated.adoptionCount).toBe(2)
  })

  test('cannot be set by hand over REST', async () => {
    const token = await app.login('editor@newsroom.test')
    const response = await app.request('/api/initiatives', {
      method: 'POST',
      token,
      json: { title: 'Hotline des commerçants', kind: 'hotline', adoptedBy: [chamberIds[2]], adoptionCount: 99 },
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number; adoptionCount: number } }
    expect(doc.adoptionCount).toBe(1)
    const patched = await app.request(`/api/initiatives/${doc.id}`, {
      method: 'PATCH',
      token,
      json: { adoptionCount: 50 },
    })
    expect(((await patched.json()) as { doc: { adoptionCount: number } }).doc.adoptionCount).toBe(1)
  })

  test('is readable by the public once published, with the adopting chambers populated', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const { id } = await app.payload.create({
      collection: 'initiatives',
      data: { title: 'Bourse d’entraide', kind: 'mutual-aid-exchange', adoptedBy: chamberIds.slice(1, 4), ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
    const body = (await (await app.request(`/api/initiatives/${id}?depth=1`)).json()) as {
      adoptionCount: number
      adoptedBy: { name: string }[]
    }
    expect(body.adoptionCount).toBe(3)
    expect(body.adoptedBy.map((c) => c.name)).toEqual(['CCI n°2', 'CCI n°3', 'CCI n°4'])
  })
})
