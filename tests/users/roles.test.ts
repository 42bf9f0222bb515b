import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
let journalistId: number | string
let editorId: number | string

beforeAll(async () => {
  app = await startTestApp('roles', { seed: true })
  const { docs } = await app.payload.find({ collection: 'users', limit: 10, overrideAccess: true })
  journalistId = docs.find((u) => u.email === 'journalist@newsroom.test')!.id
  editorId = docs.find((u) => u.email === 'editor@newsroom.test')!.id
})
afterAll(() => app.close())

const rolesOf = async (id: number | string) =>
  (await app.payload.findByID({ collection: 'users', id, overrideAccess: true })).roles

describe('roles can only be changed by admins', () => {
  test('a journalist giving themselves the admin role over REST gets 403 and keeps their roles', async () => {
    const token = await app.login('journalist@newsroom.test')
    const response = await app.request(`/api/users/${journalistId}`, {
      method: 'PATCH',
      token,
      json: { roles: ['admin'] },
    })
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toContain('Seuls les administrateurs peuvent changer les rôles')
    expect(await rolesOf(journalistId)).toEqual(['journalist'])
  })

  test('an editor changing a colleague’s roles through the Local API is refused', async () => {
    const editor = await app.payload.findByID({ collection: 'users', id: editorId, overrideAccess: true })
    await expect(
      app.payload.update({
        collection: 'users',
        id: journalistId,
        data: { roles: ['editor'] },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await rolesOf(journalistId)).toEqual(['journalist'])
  })

  test('a journalist changing their own roles through the Local API is refused', async () => {
    const journalist = await app.payload.findByID({ collection: 'users', id: journalistId, overrideAccess: true })
    await expect(
      app.payload.update({
        collection: 'users',
        id: journalistId,
        data: { roles: ['admin'] },
        user: journalist,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await rolesOf(journalistId)).toEqual(['journalist'])
  })

  test('a journalist changing roles through a GraphQL mutation is refused', async () => {
    const token = await app.login('journalist@newsroom.test')
    const { body } = await app.graphql(
      `mutation { updateUser(id: ${JSON.stringify(journalistId)}, data: { roles: admin }) { roles } }`,
      { token },
    )
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await rolesOf(journalistId)).toEqual(['journalist'])
  })

  test('an admin changes a user’s roles', async () => {
    const token = await app.login('admin@newsroom.test')
    const response = await app.request(`/api/users/${editorId}`, {
      method: 'PATCH',
      token,
      json: { roles: ['editor', 'journalist'] },
    })
    expect(response.status).toBe(200)
    expect(await rolesOf(editorId)).toEqual(['editor', 'journalist'])
  })

  test('a user edits their own name, sending their unchanged roles back as the admin form does', async () => {
    const token = await app.login('journalist@newsroom.test')
    const response = await app.request(`/api/users/${journalistId}`, {
      method: 'PATCH',
      token,
      json: { name: 'Julien Moreau-Petit', roles: ['journalist'] },
    })
    expect(response.status).toBe(200)
    const user = await app.payload.findByID({ collection: 'users', id: journalistId, overrideAccess: true })
    expect(user.name).toBe('Julien Moreau-Petit')
  })

  test('a user cannot edit someone else’s account', async () => {
    const token = await app.login('journalist@newsroom.test')
    const response = await app.request(`/api/users/${editorId}`, { method: 'PATCH', token, json: { name: 'Hacked' } })
    expect(response.status).toBe(403)
  })

  test('only admins create and delete users', async () => {
    const editorToken = await app.login('editor@newsroom.test')
    const newUser = { email: 'new@newsroom.test', name: 'New', password: 'a-long-password-1', roles: ['journalist'] }
    expect((await app.request('/api/users', { method: 'POST', token: editorToken, json: newUser })).status).toBe(403)
    expect((await app.request(`/api/users/${journalistId}`, { method: 'DELETE', token: editorToken })).status).toBe(403)

    const adminToken = await app.login('admin@newsroom.test')
    const created = await app.request('/api/users', { method: 'POST', token: adminToken, json: newUser })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    expect((await app.request(`/api/users/${doc.id}`, { method: 'DELETE', token: adminToken })).status).toBe(200)
  })

  test('anonymous visitors cannot list users', async () => {
    const response = await app.request('/api/users')
    expect(response.status).toBe(403)
  })
})

describe('the first account of an empty installation', () => {
  test('becomes an admin', async () => {
    await app.payload.delete({ collection: 'users', where: { id: { exists: true } }, overrideAccess: true })
    const response = await app.request('/api/users/first-register', {
      method: 'POST',
      json: { email: 'founder@newsroom.test', password: 'a-long-password-1', name: 'Founder' },
    })
    expect(response.status).toBe(200)
    const { docs } = await app.payload.find({ collection: 'users', overrideAccess: true })
    expect(docs.map((u) => [u.email, u.roles])).toEqual([['founder@newsroom.test', ['admin']]])
  })
})
