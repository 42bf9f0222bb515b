import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp

beforeAll(async () => {
  app = await startTestApp('password-reset', { seed: true })
})
afterAll(() => app.close())

const forgot = (email: string) => app.request('/api/users/forgot-password', { method: 'POST', json: { email } })

test('a reset request answers at once and gives the account a reset token; an unknown address answers the same', async () => {
  const known = await forgot('editor@newsroom.test')
  expect(known.status).toBe(200)
  const { docs } = await app.payload.find({
    collection: 'users',
    where: { email: { equals: 'editor@newsroom.test' } },
    overrideAccess: true,
    showHiddenFields: true,
  })
  expect(docs[0].resetPasswordToken).toMatch(/^[0-9a-f]{40}$/)
  const unknown = await forgot('nobody@newsroom.test')
  expect(unknown.status).toBe(200)
  expect(await unknown.json()).toEqual(await (await forgot('editor@newsroom.test')).json())
})

test('resetting the password with the token ends every session the account had', async () => {
  const email = 'journalist@newsroom.test'
  const sessions = [await app.login(email), await app.login(email)]
  expect((await forgot(email)).status).toBe(200)
  const { docs } = await app.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
    showHiddenFields: true,
  })
  const reset = await app.request('/api/users/reset-password', {
    method: 'POST',
    json: { token: docs[0].resetPasswordToken, password: 'a-fresh-reset-passphrase-2026' },
  })
  expect(reset.status).toBe(200)
  for (const token of sessions) {
    const { user } = (await (await app.request('/api/users/me', { token })).json()) as { user: unknown }
    expect(user).toBeNull()
  }
})
