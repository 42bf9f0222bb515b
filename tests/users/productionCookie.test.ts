import { productionApiEnv, spawnServer, type ServerProcess } from '../helpers/process'
import { createTestDatabase, dropTestDatabase } from '../helpers/testDatabase'

let databaseUri: string
let server: ServerProcess

beforeAll(async () => {
  databaseUri = await createTestDatabase('production-cookie')
  server = await spawnServer({ ...productionApiEnv(databaseUri, 'production-cookie-secret'), LOG_LEVEL: 'info' })
}, 120_000)
afterAll(async () => {
  server?.child.kill('SIGTERM')
  await server?.exited
  await dropTestDatabase(databaseUri)
})

test('in production the session cookie is Secure, HttpOnly and SameSite=Lax', async () => {
  const account = {
    name: 'Admin',
    email: 'admin@newsroom.test',
    password: 'a-long-password-for-tests',
    roles: ['admin'],
  }
  const response = await fetch(`${server.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  })
  expect(response.status).toBe(200)
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  expect(cookie).toMatch(/;\s*Secure/i)
  expect(cookie).toMatch(/;\s*HttpOnly/i)
  expect(cookie).toMatch(/;\s*SameSite=Lax/i)
})
