import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('lockout', { seed: true })
})
afterAll(() => app.close())

const attempt = (email: string, password: string) =>
  app.request('/api/users/login', { method: 'POST', json: { email, password } })

describe('login lockout', () => {
  test('five wrong passwords lock the account: the right password is then refused', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt('editor@newsroom.test', 'wrong-password-123')).status).toBe(401)
    const locked = await attempt('editor@newsroom.test', 'newsroom-demo-2026')
    expect(locked.status).toBe(401)
    expect(JSON.stringify(await locked.json())).toMatch(/verrouill|locked/i)
    const user = (
      await app.payload.find({
        collection: 'users',
        where: { email: { equals: 'editor@newsroom.test' } },
        overrideAccess: true,
        showHiddenFields: true,
      })
    ).docs[0] as unknown as { lockUntil: string }
    const lockedForMs = new Date(user.lockUntil).getTime() - Date.now()
    expect(lockedForMs).toBeGreaterThan(9 * 60 * 1000)
    expect(lockedForMs).toBeLessThanOrEqual(10 * 60 * 1000)
  })

  test('four wrong passwords do not lock: the fifth try with the right one succeeds', async () => {
    for (let i = 0; i < 4; i++)
      expect((await attempt('journalist@newsroom.test', 'wrong-password-123')).status).toBe(401)
    expect((await attempt('journalist@newsroom.test', 'newsroom-demo-2026')).status).toBe(200)
  })

  test('an admin unlocks a locked account', async () => {
    for (let i = 0; i < 5; i++) await attempt('community@newsroom.test', 'wrong-password-123')
    expect((await attempt('community@newsroom.test', 'newsroom-demo-2026')).status).toBe(401)
    const token = await app.login('admin@newsroom.test')
    const unlock = await app.request('/api/users/unlock', {
      method: 'POST',
      token,
      json: { email: 'community@newsroom.test' },
    })
    expect(unlock.status).toBe(200)
    expect((await attempt('community@newsroom.test', 'newsroom-demo-2026')).status).toBe(200)
  })

  test('a non-admin cannot unlock an account', async () => {
    for (let i = 0; i < 5; i++) await attempt('contributor@newsroom.test', 'wrong-password-123')
    const token = await app.login('journalist@newsroom.test')
    const unlock = await app.request('/api/users/unlock', {
      method: 'POST',
      token,
      json: { email: 'contributor@newsroom.test' },
    })
    expect(unlock.status).toBe(403)
    expect((await attempt('contributor@newsroom.test', 'newsroom-demo-2026')).status).toBe(401)
  })
})
