import { startTestApp, type TestApp } from '../helpers/app'
import { demoUser, PUBLISH } from '../helpers/users'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('locking', { seed: true })
})
afterAll(() => app.close())

describe('document locking', () => {
  test('a second user saving a document someone is editing is refused and told who holds it; the holder saves', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const { id } = await app.payload.create({
      collection: 'articles',
      data: { title: 'Sous verrou', format: 'news', ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
    // What the admin does when the editor opens the document.
    await app.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: editor.id } },
      overrideAccess: true,
    })

    const adminToken = await app.login('admin@newsroom.test')
    const refused = await app.request(`/api/articles/${id}`, {
      method: 'PATCH',
      token: adminToken,
      json: { title: 'Pris de force' },
    })
    expect(refused.status).toBe(423)
    const body = (await refused.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toMatch(
      /^Ce contenu est en cours de modification par Hélène Dubois \(depuis le \d+ \S+ \d{4},? \d\d:\d\d\)/,
    )

    const gql = await app.graphql(`mutation { updateArticle(id: ${id}, data: { title: "Pris de force" }) { id } }`, {
      token: adminToken,
    })
    expect(JSON.stringify(gql.body)).toContain('en cours de modification par Hélène Dubois')

    const holder = await app.request(`/api/articles/${id}`, {
      method: 'PATCH',
      token: await app.login('editor@newsroom.test'),
      json: { title: 'Modifié par le titulaire', ...PUBLISH },
    })
    expect(holder.status).toBe(200)
  })

  test('the admin shows who holds a lock: locks are readable by staff with the holder’s name', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const { id } = await app.payload.create({
      collection: 'articles',
      data: { title: 'Ouvert par Hélène', format: 'news' },
      draft: true,
      overrideAccess: true,
    })
    await app.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: editor.id } },
      overrideAccess: true,
    })
    const token = await app.login('journalist@newsroom.test')
    const response = await app.request('/api/payload-locked-documents?depth=1', { token })
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: { user: { value: { name: string } } }[] }
    expect(docs.map((d) => d.user.value.name)).toContain('Hélène Dubois')
  })
})
