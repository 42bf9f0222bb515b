import { closeDatabase } from '../../src/db/closeDatabase'
import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('health')
})
afterAll(() => app.close())

describe('operational endpoints', () => {
  test('/healthz answers 200 while the process runs', async () => {
    const response = await app.request('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  test('/readyz answers 200 when the database answers', async () => {
    const response = await app.request('/readyz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ready' })
  })

  test('/readyz answers 503 once the database connection is gone, and /healthz still 200', async () => {
    await closeDatabase(app.payload)
    const response = await app.request('/readyz')
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({ status: 'unavailable', reason: 'database not reachable' })
    expect((await app.request('/healthz')).status).toBe(200)
  })
})
