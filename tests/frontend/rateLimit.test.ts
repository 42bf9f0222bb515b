import { startTestApp, type TestApp } from '../helpers/app'
import { RATE_LIMIT_ENV, rateLimitCases } from './rateLimitCases'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('ratelimit', { seed: true, env: RATE_LIMIT_ENV })
})
afterAll(() => app.close())

describe('rate limits, counted in memory', () => rateLimitCases(() => app))
