import type { SiteEventBody } from '../../src/distribution/types'
import type { Delivery } from '../../src/payload-types'
import { startTestApp, type TestApp } from '../helpers/app'
import { createDestination, deliveriesOf, DISTRIBUTION_ENV, newSecret } from '../helpers/distribution'
import { freePort } from '../helpers/process'
import { webhookReceiver, type WebhookReceiver } from '../helpers/receivers/webhookReceiver'
import { PUBLISH } from '../helpers/users'

/**
 * What the worker makes of each kind of answer: retried (5xx, 429, timeouts, refused connections),
 * failed at once (other 4xx), destination disabled (410). One receiver and destination per test.
 */
let app: TestApp
let admin: string
let editor: string
const receivers: WebhookReceiver[] = []

beforeAll(async () => {
  app = await startTestApp('delivery-failures', {
    seed: true,
    // Long enough for a receiver in this process to answer on a loaded machine (a tighter limit
    // turned an ordinary answer into a timed-out attempt); the timeout case hangs its receiver.
    env: { ...DISTRIBUTION_ENV, DELIVERY_TIMEOUT_MS: '2000' },
  })
  admin = await app.login('admin@newsroom.test')
  editor = await app.login('editor@newsroom.test')
})
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()))
  await app.close()
})

let topicCount = 0
/** A destination of its own, reached only by articles on its own topic. */
async function isolatedDestination(url?: string) {
  const secret = newSecret()
  const receiver = webhookReceiver({ secrets: [secret] })
  receivers.push(receiver)
  await receiver.start()
  const topic = await app.payload.create({
    collection: 'topics',
    data: { title: `Sujet ${(topicCount += 1)}` },
    overrideAccess: true,
  })
  const destination = await createDestination(app, admin, {
    name: `Récepteur ${topicCount}`,
    kind: 'webhook',
    url: url ?? `${receiver.url}/hook`,
    secret,
    topics: [topic.id],
  })
  return { receiver, destination, topic }
}

async function publish(title: string, topic: number | string): Promise<number> {
  const response = await app.request('/api/articles', {
    method: 'POST',
    token: editor,
    json: { title, format: 'news', topics: [topic], ...PUBLISH },
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

/** Waits until the worker has recorded a final status for the piece's delivery. */
async function settled(id: number): Promise<Delivery> {
  for (;;) {
    const [delivery] = await deliveriesOf(app, 'articles', id)
    if (delivery && ['delivered', 'failed', 'cancelled'].includes(delivery.status)) return delivery
    await new Promise<void>((resolve) => {
      const stop = () => resolve()
      void app.worker?.idle().then(stop)
    })
  }
}

describe('answers from a receiver', () => {
  it('500 twice, then 200: delivered once more, every attempt recorded, the same webhook-id each time', async () => {
    const { receiver, topic } = await isolatedDestination()
    receiver.script({ status: 500, body: 'boom' }, { status: 503, body: 'busy' })
    const id = await publish('Trois essais', topic.id)
    const requests = await receiver.waitFor(3)
    const delivery = await settled(id)
    expect(delivery.status).toBe('delivered')
    expect(delivery.attempts?.map((a) => [a.statusCode, a.outcome])).toEqual([
      [500, 'retry'],
      [503, 'retry'],
      [200, 'delivered'],
    ])
    expect(new Set(requests.map((r) => r.webhookId))).toEqual(new Set([delivery.webhookId]))
    expect(requests.every((r) => r.verified)).toBe(true)
    expect(receiver.accepted()).toHaveLength(1)
  })

  it('honours Retry-After: the next attempt is not planned before it', async () => {
    const { receiver, topic } = await isolatedDestination()
    receiver.script({ status: 429, headers: { 'Retry-After': '1' } })
    const id = await publish('Trop de requêtes', topic.id)
    const [first, second] = await receiver.waitFor(2)
    expect(second.receivedAt.getTime() - first.receivedAt.getTime()).toBeGreaterThanOrEqual(1000)
    expect((await settled(id)).status).toBe('delivered')
  })

  it('400: failed at once, no retry', async () => {
    const { receiver, topic } = await isolatedDestination()
    receiver.script({ status: 400, body: { error: 'bad payload' } })
    const id = await publish('Refusé', topic.id)
    const delivery = await settled(id)
    expect(delivery.status).toBe('failed')
    expect(delivery.attempts).toHaveLength(1)
    expect(delivery.lastMessage).toContain('400')
    expect(receiver.requests).toHaveLength(1)
  })

  it('410: the destination is disabled, with the reason, and sends nothing more', async () => {
    const { receiver, destination, topic } = await isolatedDestination()
    receiver.script({ status: 410 })
    const id = await publish('Disparu', topic.id)
    expect((await settled(id)).status).toBe('failed')
    const after = await app.payload.findByID({ collection: 'destinations', id: destination.id, overrideAccess: true })
    expect(after.enabled).toBe(false)
    expect(after.disabledReason).toContain('410')
    const second = await publish('Après la désactivation', topic.id)
    expect(await deliveriesOf(app, 'articles', second)).toEqual([])
    expect(receiver.requests).toHaveLength(1)
  })

  it('a timeout is retried until the receiver answers', async () => {
    const { receiver, topic } = await isolatedDestination()
    receiver.script({ status: 200, hang: true })
    const id = await publish('Lent', topic.id)
    await receiver.waitFor(2)
    const delivery = await settled(id)
    expect(delivery.status).toBe('delivered')
    expect(delivery.attempts?.[0]).toMatchObject({ statusCode: null, outcome: 'retry' })
    expect(delivery.attempts?.[0]?.message).toMatch(/timed out/)
  })

  it('a port where nothing listens: retried, then failed when the schedule runs out', async () => {
    const port = await freePort()
    const { topic } = await isolatedDestination(`http://127.0.0.1:${port}/hook`)
    const id = await publish('Personne', topic.id)
    const delivery = await settled(id)
    expect(delivery.status).toBe('failed')
    // One first attempt and one per entry of the schedule (three in these tests).
    expect(delivery.attempts?.map((a) => a.outcome)).toEqual(['retry', 'retry', 'retry', 'retry'])
    expect(delivery.attempts?.[0]?.message).toMatch(/refused/)
    expect(delivery.lastMessage).toMatch(/Gave up after 4 attempts/)
  })
})

describe('retrying by hand', () => {
  it('POST /api/deliveries/:id/retry sends a failed delivery again with its webhook-id; refused to journalists, 409 for a delivered one', async () => {
    const { receiver, topic } = await isolatedDestination()
    receiver.script({ status: 400 })
    const id = await publish('À renvoyer', topic.id)
    const failed = await settled(id)
    expect(failed.status).toBe('failed')
    const journalist = await app.login('journalist@newsroom.test')
    expect(
      (await app.request(`/api/deliveries/${failed.id}/retry`, { method: 'POST', token: journalist })).status,
    ).toBe(403)
    expect((await app.request(`/api/deliveries/${failed.id}/retry`, { method: 'POST' })).status).toBe(401)
    const community = await app.login('community@newsroom.test')
    const response = await app.request(`/api/deliveries/${failed.id}/retry`, { method: 'POST', token: community })
    expect(response.status).toBe(200)
    const [, again] = await receiver.waitFor(2)
    expect(again.webhookId).toBe(failed.webhookId)
    const delivered = await settled(id)
    expect(delivered.status).toBe('delivered')
    // The history says who sent it again.
    expect(delivered.attempts?.map((a) => a.outcome)).toEqual(['failed', 'requeued', 'delivered'])
    expect(delivered.attempts?.[1]?.message).toMatch(/^Queued again by /)
    const twice = await app.request(`/api/deliveries/${failed.id}/retry`, { method: 'POST', token: community })
    expect(twice.status).toBe(409)
    expect(((await twice.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/delivered/)
  })

  it('POST /api/deliveries/replay sends again what failed since a date, and explains bad input', async () => {
    const { receiver, topic, destination } = await isolatedDestination()
    // Refused until the replay, however many times a send is tried (a reset connection is retried).
    let replaying = false
    receiver.script(...Array.from({ length: 10 }, () => () => ({ status: replaying ? 200 : 400 })))
    const since = new Date(Date.now() - 1000).toISOString()
    const ids = [await publish('Rejeu un', topic.id), await publish('Rejeu deux', topic.id)]
    for (const id of ids) expect((await settled(id)).status).toBe('failed')
    const bad = await app.request('/api/deliveries/replay', { method: 'POST', token: editor, json: { since: 'hier' } })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/ISO 8601/)
    replaying = true
    const response = await app.request('/api/deliveries/replay', {
      method: 'POST',
      token: editor,
      json: { since, destination: destination.id },
    })
    expect(await response.json()).toMatchObject({ replayed: 2 })
    for (const id of ids) expect((await settled(id)).status).toBe('delivered')
    // Sent again as the same messages: one webhook-id per piece, refused first, then accepted.
    expect(new Set(receiver.requests.map((r) => r.webhookId)).size).toBe(2)
    expect(
      receiver.requests
        .filter((r) => r.verified)
        .map((r) => (r.json as SiteEventBody).id)
        .sort(),
    ).toEqual(expect.arrayContaining(ids.map(String)))
  })
})
