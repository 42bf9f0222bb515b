import { DEMO_ACCOUNTS } from '../../src/seed/accounts'
import { startTestApp } from '../helpers/app'
import { runSeed } from '../helpers/seed'
import { createTestDatabase, dropTestDatabase } from '../helpers/testDatabase'

const databases: string[] = []
afterAll(async () => {
  for (const uri of databases) await dropTestDatabase(uri)
})

// One database seeded as production seeds it, then seeded again: each whole seed takes seconds.
describe('npm run seed', () => {
  test('in production, refuses the default demo password and uses SEED_PASSWORD; creates the five demo accounts, prints progress, and a second run changes nothing', async () => {
    const uri = await createTestDatabase('seed')
    databases.push(uri)
    const refused = runSeed(uri, { NODE_ENV: 'production' })
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain(
      'Refusing to seed with the default demo password in production: set SEED_PASSWORD.',
    )

    const production = { NODE_ENV: 'production', SEED_PASSWORD: 'a-production-password' }
    const first = runSeed(uri, production)
    expect(first.status).toBe(0)
    for (const { email } of DEMO_ACCOUNTS) expect(first.stdout).toContain(`+ ${email}`)

    const second = runSeed(uri, production)
    expect(second.status).toBe(0)
    for (const { email } of DEMO_ACCOUNTS) expect(second.stdout).toContain(`= ${email} (exists)`)

    const app = await startTestApp('seed-check', { env: { DATABASE_URI: uri } })
    try {
      const { docs } = await app.payload.find({ collection: 'users', limit: 100, overrideAccess: true })
      expect(docs.map((u) => [u.email, u.roles]).sort()).toEqual(DEMO_ACCOUNTS.map((a) => [a.email, a.roles]).sort())
      await expect(app.login('community@newsroom.test', 'a-production-password')).resolves.toEqual(expect.any(String))
    } finally {
      await app.close()
    }
  }, 240_000)
})
