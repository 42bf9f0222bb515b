import { request as httpRequest } from 'node:http'

import { DEMO_PASSWORD } from '../helpers/app'
import { productionApiEnv, spawnServer, type ServerProcess } from '../helpers/process'
import { createTestDatabase, dropTestDatabase } from '../helpers/testDatabase'

let databaseUri: string
let server: ServerProcess

const serverOn = (uri: string, env: Record<string, string> = {}) =>
  spawnServer({ ...productionApiEnv(uri, 'shutdown-test-secret'), LOG_LEVEL: 'info', ...env })

beforeAll(async () => {
  databaseUri = await createTestDatabase('shutdown')
  server = await serverOn(databaseUri)
}, 120_000)
afterAll(async () => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL')
  await dropTestDatabase(databaseUri)
})

/** A login whose body is only partly sent: the request stays in flight until `finish` is called. */
async function loginInFlight(url: string): Promise<{
  finish: () => void
  answered: Promise<{ status?: number; text: string }>
}> {
  const body = JSON.stringify({ email: 'founder@newsroom.test', password: DEMO_PASSWORD })
  const inFlight = httpRequest(`${url}/api/users/login`, {
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
  return { finish: () => inFlight.end(body.slice(10)), answered }
}

describe('SIGTERM', () => {
  test('stops accepting, finishes the request in flight, closes the database and exits 0', async () => {
    // A login whose body is only half sent when the signal arrives.
    const founder = await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'founder@newsroom.test', name: 'Founder', password: DEMO_PASSWORD }),
    })
    expect(founder.status).toBe(200)

    const { finish, answered } = await loginInFlight(server.url)

    server.child.kill('SIGTERM')
    await server.waitForOutput(/SIGTERM: no new connections/)
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()

    finish()
    const response = await answered
    expect(response.status).toBe(200)
    expect(JSON.parse(response.text).token).toEqual(expect.any(String))
    expect(await server.exited).toBe(0)
  })

  test('a request still unfinished after the grace is cut, and the process exits 0', async () => {
    // The account made by the case above signs in; a short grace keeps this case quick.
    server = await serverOn(databaseUri, { SHUTDOWN_GRACE_MS: '300' })
    const { answered } = await loginInFlight(server.url)

    server.child.kill('SIGTERM')
    await expect(answered).rejects.toThrow()
    await server.waitForOutput(/connections still busy after 300 ms are closed/)
    expect(await server.exited).toBe(0)
  }, 60_000)
})
