import { DEMO_ACCOUNTS } from '../../src/seed/accounts'
import { startTestApp } from '../helpers/app'
import { runSeed } from '../helpers/seed'
import { createTestDatabase, dropTestDatabase } from '../helpers/testDatabase'

const databases: string[] = []
afterAll(async () => {
  for (const uri of databases) await dropTestDatabase(uri)
})

describe('npm run seed', () => {
  test('creates the five demo accounts, prints progress, and a second run changes nothing', async () => {
    const uri = await createTestDatabase('seed')
    databases.push(uri)
    const first = runSeed(uri)
    expect(first.status).toBe(0)
    for (const { email } of DEMO_ACCOUNTS) expect(first.stdout).toContain(`+ ${email}`)

    const second = runSeed(uri)
    expect(second.status).toBe(0)
    for (const { email } of DEMO_ACCOUNTS) expect(second.stdout).toContain(`= ${email} (exists)`)

    const app = await startTestApp('seed-check', { env: { DATABASE_URI: uri } })
    try {
      const { docs } = await app.payload.find({ collection: 'users', limit: 100, overrideAccess: true })
      expect(docs.map((u) => [u.email, u.roles]).sort()).toEqual(DEMO_ACCOUNTS.map((a) => [a.email, a.roles]).sort())
      await expect(app.login('community@newsroom.test')).resolves.toEqual(expect.any(String))
    } finally {
      await app.close()
    }
  }, 240_000)
})
