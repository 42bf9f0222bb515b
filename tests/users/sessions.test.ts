import { DEMO_PASSWORD, startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('sessions', { seed: true })
})
afterAll(() => app.close())

const me = async (token: string) =>
  ((await (await app.request('/api/users/me', { token })).json()) as { user: { email: string } | null }).user

describe('sessions', () => {
  test('logout revokes the token on the server, not only the cookie', async () => {
    const token = await app.login('journalist@newsroom.test')
    expect((await me(token))?.email).toBe('journalist@newsroom.test')

    const logout = await app.request('/api/users/logout', { method: 'POST', token })
    expect(logout.status).toBe(200)

    expect(await me(token)).toBeNull()
    const list = await app.request('/api/users', { token })
    expect(list.status).toBe(403)
  })

  test('logging out of one session ends the user’s other sessions too', async () => {
    const laptop = await app.login('editor@newsroom.test')
    const phone = await app.login('editor@newsroom.test')
    const other = await app.login('journalist@newsroom.test')
    await app.request('/api/users/logout', { method: 'POST', token: laptop })
    expect(await me(laptop)).toBeNull()
    expect(await me(phone)).toBeNull()
    expect((await me(other))?.email).toBe('journalist@newsroom.test')
  })

  test('logging out through GraphQL ends every session as well', async () => {
    const laptop = await app.login('community@newsroom.test')
    const phone = await app.login('community@newsroom.test')
    const { body } = await app.graphql<{ logoutUser: string }>('mutation { logoutUser }', { token: laptop })
    expect(body.errors).toBeUndefined()
    expect(await me(laptop)).toBeNull()
    expect(await me(phone)).toBeNull()
  })

  test('changing one’s own password keeps the session that did it and ends the others', async () => {
    const email = 'contributor@newsroom.test'
    const laptop = await app.login(email)
    const phone = await app.login(email)
    const id = ((await me(laptop)) as unknown as { id: number }).id
    const changed = await app.request(`/api/users/${id}`, {
      method: 'PATCH',
      token: laptop,
      json: { password: 'a-new-long-passphrase-2026' },
    })
    expect(changed.status).toBe(200)
    expect((await me(laptop))?.email).toBe(email)
    expect(await me(phone)).toBeNull()
    // The old password no longer opens a session; the new one does.
    const old = await app.request('/api/users/login', { method: 'POST', json: { email, password: DEMO_PASSWORD } })
    expect(old.status).toBe(401)
    expect(await me(await app.login(email, 'a-new-long-passphrase-2026'))).not.toBeNull()
  })

  test('an administrator setting someone’s password ends all of that person’s sessions', async () => {
    const email = 'journalist@newsroom.test'
    const laptop = await app.login(email)
    const phone = await app.login(email)
    const id = ((await me(laptop)) as unknown as { id: number }).id
    const adminToken = await app.login('admin@newsroom.test')
    const changed = await app.request(`/api/users/${id}`, {
      method: 'PATCH',
      token: adminToken,
      json: { password: 'set-by-the-administrator-2026' },
    })
    expect(changed.status).toBe(200)
    expect(await me(laptop)).toBeNull()
    expect(await me(phone)).toBeNull()
    expect((await me(adminToken))?.email).toBe('admin@newsroom.test')
    await app.request(`/api/users/${id}`, { method: 'PATCH', token: adminToken, json: { password: DEMO_PASSWORD } })
  })

  test('the session cookie is HttpOnly and SameSite=Lax', async () => {
    const response = await app.request('/api/users/login', {
      method: 'POST',
      json: { email: 'admin@newsroom.test', password: 'newsroom-demo-2026' },
    })
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  test('a session cookie counts only from the platform’s own pages (CSRF origin check), even with no CORS_ORIGINS set', async () => {
    const token = await app.login('editor@newsroom.test')
    const meWith = async (headers: Record<string, string>) =>
      (
        (await (
          await app.request('/api/users/me', { headers: { cookie: `payload-token=${token}`, ...headers } })
        ).json()) as { user: { email: string } | null }
      ).user
    expect((await meWith({ origin: 'http://localhost:3000' }))?.email).toBe('editor@newsroom.test')
    expect(await meWith({ origin: 'https://evil.example' })).toBeNull()
    // Without an Origin, the browser's Sec-Fetch-Site decides; a client sending neither gets nothing.
    expect((await meWith({ 'sec-fetch-site': 'same-origin' }))?.email).toBe('editor@newsroom.test')
    expect(await meWith({ 'sec-fetch-site': 'cross-site' })).toBeNull()
    expect(await meWith({})).toBeNull()
  })

  test('password hashes never leave the server, and sessions are visible only to their owner', async () => {
    const adminToken = await app.login('admin@newsroom.test')
    const journalistToken = await app.login('journalist@newsroom.test')
    const login = await app.request('/api/users/login', {
      method: 'POST',
      json: { email: 'admin@newsroom.test', password: 'newsroom-demo-2026' },
    })
    expect(await login.text()).not.toMatch(/"hash"|"salt"|pbkdf2/)

    const list = await (await app.request('/api/users?limit=50', { token: adminToken })).text()
    expect(list).not.toMatch(/"hash"|"salt"|pbkdf2/)
    const { docs } = JSON.parse(list) as { docs: { email: string; sessions?: unknown[] }[] }
    expect(docs.find((u) => u.email === 'journalist@newsroom.test')?.sessions ?? []).toEqual([])
    expect(docs.find((u) => u.email === 'admin@newsroom.test')?.sessions?.length).toBeGreaterThan(0)

    const { body } = await app.graphql<{ Users: { docs: { email: string }[] } }>('{ Users { docs { email } } }', {
      token: journalistToken,
    })
    expect(body.data?.Users.docs.length).toBeGreaterThanOrEqual(5)
  })
})
