import { Redis } from 'ioredis'

import { startTestApp, type TestApp } from '../helpers/app'
import { newId, testRun } from '../helpers/testDatabase'
import { RATE_LIMIT_ENV, rateLimitCases } from './rateLimitCases'

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'
const prefix = `newsroom-test-${testRun().id}-${newId()}:`
let app: TestApp
let redis: Redis

beforeAll(async () => {
  app = await startTestApp('ratelimitredis', {
    seed: true,
    env: { ...RATE_LIMIT_ENV, REDIS_URL, REDIS_PREFIX: prefix },
  })
  redis = new Redis(REDIS_URL)
})
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`)
  if (keys.length) await redis.del(...keys)
  await redis.quit()
  await app.close()
})

describe('rate limits, counted in Redis', () => {
  rateLimitCases(() => app)

  test('the counters live in Redis, with the window as their lifetime: every instance shares them', async () => {
    await app.request('/api/articles', { headers: { 'x-forwarded-for': '10.9.9.9' } })
    const key = `${prefix}ratelimit:api:10.9.9.9`
    expect(await redis.get(key)).toBe('1')
    const ttl = await redis.pttl(key)
    expect(ttl > 0 && ttl <= 60_000).toBe(true)
  })
})
