import { generateSecret } from '../../src/distribution/standardWebhooks'
import { DEMO_PASSWORD } from '../helpers/app'
import { productionApiEnv, spawnServer, type ServerProcess } from '../helpers/process'
import { bufferReceiver, type BufferReceiver } from '../helpers/receivers/bufferReceiver'
import { webhookReceiver, type WebhookReceiver } from '../helpers/receivers/webhookReceiver'
import { createTestDatabase, dropTestDatabase } from '../helpers/testDatabase'

/**
 * The platform as its own process, logging everything (trace), while credentials are saved,
 * rotated, refused and used against receivers that fail and echo them back: neither the log nor
 * any answer may contain one.
 */
let databaseUri: string
let server: ServerProcess
let site: WebhookReceiver
let buffer: BufferReceiver
const WEBHOOK_SECRET = generateSecret()
const ROTATED_SECRET = generateSecret()
const API_KEY = 'buffer-api-key-5d1e9a77c3'
const secrets = [WEBHOOK_SECRET, WEBHOOK_SECRET.slice('whsec_'.length), ROTATED_SECRET, API_KEY]

beforeAll(async () => {
  site = webhookReceiver({ secrets: [WEBHOOK_SECRET] })
  buffer = bufferReceiver({ apiKey: API_KEY })
  await Promise.all([site.start(), buffer.start()])
  databaseUri = await createTestDatabase('secrets-logs')
  server = await spawnServer({
    ...productionApiEnv(databaseUri, 'secrets-in-logs-test'),
    LOG_LEVEL: 'trace',
    ALLOW_PRIVATE_DESTINATIONS: 'true',
    DELIVERY_RETRY_SCHEDULE: '0.05',
    DELIVERY_POLL_MS: '100',
  })
}, 120_000)
afterAll(async () => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL')
  await Promise.all([site?.close(), buffer?.close()])
  await dropTestDatabase(databaseUri)
})

test('no credential appears in any answer or log line, through saves, rotation, refusals and failing receivers', async () => {
  const answers: string[] = []
  const call = async (path: string, init: { method?: string; token?: string; json?: unknown } = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `JWT ${init.token}` } : {}) },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    })
    const text = await response.text()
    answers.push(text)
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }
  await call('/api/users/first-register', {
    method: 'POST',
    json: { email: 'admin@newsroom.test', name: 'Admin', password: DEMO_PASSWORD },
  })
  const { body: login } = await call('/api/users/login', {
    method: 'POST',
    json: { email: 'admin@newsroom.test', password: DEMO_PASSWORD },
  })
  const token = login.token as string

  const site1 = await call('/api/destinations', {
    method: 'POST',
    token,
    json: { name: 'Site', kind: 'site-webhook', url: site.url, secret: WEBHOOK_SECRET },
  })
  expect(site1.status).toBe(201)
  expect(
    (await call(`/api/destinations/${site1.body.doc.id}`, { method: 'PATCH', token, json: { secret: ROTATED_SECRET } }))
      .status,
  ).toBe(200)
  expect(
    (
      await call('/api/destinations', {
        method: 'POST',
        token,
        json: { name: 'Mauvais', kind: 'webhook', url: site.url, secret: API_KEY },
      })
    ).status,
  ).toBe(400)
  expect(
    (
      await call('/api/destinations', {
        method: 'POST',
        token,
        json: { name: 'Buffer', kind: 'buffer', url: buffer.url, secret: API_KEY, accounts: { x: 'channel-x' } },
      })
    ).status,
  ).toBe(201)
  await call(`/api/destinations?where[secret][equals]=${encodeURIComponent(API_KEY)}`, { token })
  await call('/api/graphql', {
    method: 'POST',
    token,
    json: { query: '{ Destinations { docs { id name secretSet } } }' },
  })

  // Both receivers fail, quoting the credentials they were sent.
  site.script((request) => ({
    status: 500,
    body: `bad signature ${String(request.headers['webhook-signature'])} for ${WEBHOOK_SECRET}`,
  }))
  buffer.script((request) => ({ status: 500, body: `rejected ${String(request.headers.authorization)}` }))
  const published = await call('/api/articles', {
    method: 'POST',
    token,
    json: { title: 'Article relayé', format: 'news', _status: 'published', workflowStatus: 'approved' },
  })
  expect(published.status).toBe(201)
  await Promise.all([site.waitFor(2), buffer.waitFor(2)])
  const deliveries = await call('/api/deliveries?depth=1&limit=50', { token })
  expect(deliveries.body.docs.length).toBeGreaterThanOrEqual(2)
  // Shut down cleanly: the log is complete once the process has exited.
  server.child.kill('SIGTERM')
  await server.exited

  const everything = [server.output(), ...answers].join('\n')
  expect(server.output()).toContain('HTTP 500')
  for (const secret of secrets) expect(everything).not.toContain(secret)
}, 120_000)
