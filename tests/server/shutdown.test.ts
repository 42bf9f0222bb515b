import { request as httpRequest } from 'node:http'

import { DEMO_PASSWORD } from '../helpers/app'
import { productionApiEnv, spawnServer, type ServerProcess } from '../helpers/process'
import { createTestDatabase, dropTestDatabase } from '../helpers/testDatabase'

let databaseUri: string
let server: ServerProcess

beforeAll(async () => {
  databaseUri = await createTestDatabase('shutdown')
  server = await spawnServer({ ...productionApiEnv(databaseUri, 'shutdown-test-secret'), LOG_LEVEL: 'info' })
}, 120_000)
afterAll(async () => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL')
  await dropTestDatabase(databaseUri)
})

describe('SIGTERM', () => {
  test('stops accepting, finishes the request in flight, closes the database and exits 0', async () => {
    // A login whose body is only half sent when the signal arrives.
    const founder = await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'founder@newsroom.test', name: 'Founder', password: DEMO_PASSWORD }),
    })
    expect(founder.status).toBe(200)

    const body = JSON.stringify({ email: 'founder@newsroom.test', password: DEMO_PASSWORD })
    const inFlight = httpRequest(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    })
    const answered = new Promise<{ status?: number; text: string }>((resolve, reject) => {
      inFlight.on('response', (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode, text }))
      })
      inFlight.on('error', reject)
    })
    inFlight.write(body.slice(0, 10))
    await new Promise<void>((resolve) => inFlight.once('socket', (socket) => socket.once('connect', resolve)))

    server.child.kill('SIGTERM')
    await server.waitForOutput(/SIGTERM: no new connections/)
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()

    inFlight.end(body.slice(10))
    const response = await answered
    expect(response.status).toBe(200)
    expect(JSON.parse(response.text).token).toEqual(expect.any(String))
    expect(await server.exited).toBe(0)
  })
})
