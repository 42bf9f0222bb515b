import { passwordProblem } from '../../src/lib/passwordPolicy'
import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
let adminToken: string
beforeAll(async () => {
  app = await startTestApp('passwords', { seed: true })
  adminToken = await app.login('admin@newsroom.test')
})
afterAll(() => app.close())

type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
const fieldErrors = (body: ErrorBody) => body.errors.flatMap((e) => e.data?.errors ?? [])

describe('password policy', () => {
  test('counts characters as people see them', () => {
    expect(passwordProblem('a'.repeat(11))).toEqual({ code: 'passwordTooShort', min: 12, length: 11 })
    expect(passwordProblem('a'.repeat(12))).toBeNull()
    expect(passwordProblem('😀'.repeat(11))).toMatchObject({ length: 11 })
    expect(passwordProblem(42)).toEqual({ code: 'passwordNotText' })
  })

  test('creating a user with an 11-character password is refused with 400 on the password field', async () => {
    const response = await app.request('/api/users', {
      method: 'POST',
      token: adminToken,
      json: { email: 'short@newsroom.test', name: 'Short', roles: ['journalist'], password: 'elevenchars' },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors((await response.json()) as ErrorBody)).toEqual(
      [
        {
          path: 'password',
          message: 'Le mot de passe doit compter au moins 12 caractères (il en a 11).',
          label: expect.anything(),
        },
      ].map(({ path, message }) => expect.objectContaining({ path, message })),
    )
    expect(
      (
        await app.payload.count({
          collection: 'users',
          where: { email: { equals: 'short@newsroom.test' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  test('a 12-character password is accepted and works for login', async () => {
    const response = await app.request('/api/users', {
      method: 'POST',
      token: adminToken,
      json: { email: 'twelve@newsroom.test', name: 'Twelve', roles: ['journalist'], password: 'twelve-chars' },
    })
    expect(response.status).toBe(201)
    await expect(app.login('twelve@newsroom.test', 'twelve-chars')).resolves.toEqual(expect.any(String))
  })

  test('changing one’s own password to a short one is refused and the old one still works', async () => {
    const token = await app.login('journalist@newsroom.test')
    const me = (await (await app.request('/api/users/me', { token })).json()) as { user: { id: number } }
    const response = await app.request(`/api/users/${me.user.id}`, {
      method: 'PATCH',
      token,
      json: { password: 'short' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('au moins 12 caractères')
    await expect(app.login('journalist@newsroom.test')).resolves.toEqual(expect.any(String))
  })

  test('resetting a password to a short one is refused', async () => {
    const token = await app.payload.forgotPassword({
      collection: 'users',
      data: { email: 'editor@newsroom.test' },
      disableEmail: true,
    })
    const response = await app.request('/api/users/reset-password', {
      method: 'POST',
      json: { token, password: 'short' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('au moins 12 caractères')
    const ok = await app.request('/api/users/reset-password', {
      method: 'POST',
      json: { token, password: 'a-proper-new-password' },
    })
    expect(ok.status).toBe(200)
    await expect(app.login('editor@newsroom.test', 'a-proper-new-password')).resolves.toEqual(expect.any(String))
  })
})
