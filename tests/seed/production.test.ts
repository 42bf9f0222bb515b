import { startTestApp } from '../helpers/app'
import { runSeed } from '../helpers/seed'
import { createTestDatabase, dropTestDatabase } from '../helpers/testDatabase'

const databases: string[] = []
afterAll(async () => {
  for (const uri of databases) await dropTestDatabase(uri)
})

describe('npm run seed in production', () => {
  test('refuses the default demo password in production, and uses SEED_PASSWORD when given', async () => {
    const uri = await createTestDatabase('seedprod')
    databases.push(uri)
    const refused = runSeed(uri, { NODE_ENV: 'production' })
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain(
      'Refusing to seed with the default demo password in production: set SEED_PASSWORD.',
    )

    const accepted = runSeed(uri, { NODE_ENV: 'production', SEED_PASSWORD: 'a-production-password' })
    expect(accepted.status).toBe(0)
    const app = await startTestApp('seedprod-check', { env: { DATABASE_URI: uri } })
    try {
      await expect(app.login('admin@newsroom.test', 'a-production-password')).resolves.toEqual(expect.any(String))
    } finally {
      await app.close()
    }
  }, 240_000)
})
