import { randomBytes } from 'node:crypto'

import { adapterFor } from '../../src/distribution/adapters'
import { ayrshareAdapter } from '../../src/distribution/adapters/ayrshare'
import { bufferAdapter } from '../../src/distribution/adapters/buffer'
import { hootsuiteAdapter } from '../../src/distribution/adapters/hootsuite'
import { webhookAdapter } from '../../src/distribution/adapters/webhook'
import type {
  DeliveryAdapter,
  DestinationConfig,
  DestinationKind,
  SendOutcome,
  SendRequest,
  SiteEventBody,
  SocialPost,
} from '../../src/distribution/types'
import { ayrshareReceiver } from '../helpers/receivers/ayrshareReceiver'
import type { CannedResponse, SchemaViolation } from '../helpers/receivers/base'
import { bufferReceiver } from '../helpers/receivers/bufferReceiver'
import { hootsuiteReceiver } from '../helpers/receivers/hootsuiteReceiver'
import { webhookReceiver } from '../helpers/receivers/webhookReceiver'

const API_KEY = randomBytes(16).toString('hex')
const WEBHOOK_SECRET = `whsec_${randomBytes(32).toString('base64')}`
const PROFILE_KEY = `PK-${randomBytes(12).toString('hex')}`
const HOUR = 3_600_000

type Started = { close: () => Promise<void>; schemaViolations: SchemaViolation[] }
const started: Started[] = []
afterEach(async () => {
  const receivers = started.splice(0)
  await Promise.all(receivers.map((receiver) => receiver.close()))
  // Every request an adapter sent must have the provider's documented shape (tests/helpers/receivers/schemas).
  expect(receivers.flatMap((receiver) => receiver.schemaViolations.map((v) => v.problems))).toEqual([])
})

async function start<R extends Started & { start: () => Promise<unknown> }>(receiver: R): Promise<R> {
  started.push(receiver)
  await receiver.start()
  return receiver
}

const siteEvent = (): SiteEventBody => ({
  event: 'published',
  collection: 'articles',
  id: '42',
  slug: 'council-budget',
  locales: ['en'],
  paths: ['/articles/council-budget'],
  tags: ['articles', 'articles:42'],
  publishedAt: '2026-11-02T08:00:00.000Z',
  occurredAt: '2026-11-02T08:00:01.000Z',
})

const socialPost = (overrides: Partial<SocialPost> = {}): SocialPost => ({
  network: 'x',
  text: `Council passes the budget ${randomBytes(4).toString('hex')} https://news.example/a/42`,
  imageUrl: 'https://news.example/media/budget-og.jpg',
  scheduledAt: null,
  url: 'https://news.example/a/42',
  ...overrides,
})

function sendRequest(
  kind: DestinationKind,
  url: string,
  overrides: Partial<SendRequest> = {},
  destination: Partial<DestinationConfig> = {},
): SendRequest {
  const social = kind !== 'webhook' && kind !== 'site-webhook'
  return {
    destination: {
      id: 'd1',
      name: kind,
      kind,
      url,
      secrets: [social ? API_KEY : WEBHOOK_SECRET],
      accounts:
        kind === 'ayrshare'
          ? { x: 'default', facebook: PROFILE_KEY }
          : { x: 'acct-x', facebook: 'acct-fb', linkedin: 'acct-li' },
      ...destination,
    },
    webhookId: `msg_${randomBytes(8).toString('hex')}`,
    event: 'published',
    ...(social ? { post: socialPost() } : { body: siteEvent() }),
    fetch,
    timeoutMs: 5_000,
    now: () => new Date(),
    ...overrides,
  }
}

const expectNoSecret = (outcome: SendOutcome, ...secrets: string[]) => {
  // The English text, and the key's values and the receiver's words it is made from.
  const stored = JSON.stringify([outcome.message, outcome.said])
  for (const secret of secrets) {
    expect(stored).not.toContain(secret)
    // Not even the head of one, cut off by a length limit.
    expect(stored).not.toContain(secret.slice(0, 8))
  }
  expect(outcome.message.length).toBeLessThanOrEqual(200)
}

/** The behaviour every adapter shares, proved against each service's own fake. */
const ADAPTERS = [
  {
    kind: 'webhook' as const,
    adapter: webhookAdapter,
    receiver: () => webhookReceiver({ secrets: [WEBHOOK_SECRET] }),
    secret: WEBHOOK_SECRET,
  },
  {
    kind: 'buffer' as const,
    adapter: bufferAdapter,
    receiver: () => bufferReceiver({ apiKey: API_KEY }),
    secret: API_KEY,
  },
  {
    kind: 'hootsuite' as const,
    adapter: hootsuiteAdapter,
    receiver: () => hootsuiteReceiver({ apiKey: API_KEY }),
    secret: API_KEY,
  },
  {
    kind: 'ayrshare' as const,
    adapter: ayrshareAdapter,
    receiver: () => ayrshareReceiver({ apiKey: API_KEY }),
    secret: API_KEY,
  },
]

describe.each(ADAPTERS)('$kind adapter', ({ kind, adapter, receiver: makeReceiver, secret }) => {
  const send = async (script?: CannedResponse) => {
    const receiver = await start(makeReceiver())
    if (script) receiver.script(script)
    return adapter(sendRequest(kind, receiver.url))
  }

  test('is the adapter registered for its kind', () => {
    expect(adapterFor(kind)).toBe(adapter)
  })

  test('a 2xx answer is delivered', async () => {
    const outcome = await send()
    expect(outcome).toMatchObject({ verdict: 'delivered', statusCode: 200 })
  })

  test('500 is retried, quoting the start of the body', async () => {
    const outcome = await send({ status: 500, body: 'upstream exploded' })
    expect(outcome).toMatchObject({ verdict: 'retry', statusCode: 500, message: 'HTTP 500: upstream exploded' })
  })

  test('410 Gone asks for the destination to be disabled', async () => {
    expect(await send({ status: 410, body: 'gone' })).toMatchObject({ verdict: 'disable', statusCode: 410 })
  })

  test('400 is a permanent failure', async () => {
    expect(await send({ status: 400, body: 'bad request' })).toMatchObject({ verdict: 'failed', statusCode: 400 })
  })

  test('429 with Retry-After: 7 is retried after 7 s', async () => {
    const outcome = await send({ status: 429, headers: { 'retry-after': '7' }, body: 'slow down' })
    expect(outcome).toMatchObject({ verdict: 'retry', statusCode: 429, retryAfterMs: 7000 })
  })

  test('a receiver that never answers times out and is retried', async () => {
    const receiver = await start(makeReceiver())
    receiver.hang = true
    const outcome = await adapter(sendRequest(kind, receiver.url, { timeoutMs: 200 }))
    expect(outcome).toMatchObject({ verdict: 'retry', statusCode: null })
    expect(outcome.message).toMatch(/timed out/)
    expect(receiver.requests).toHaveLength(1)
  })

  test('a refused connection is retried', async () => {
    const receiver = await start(makeReceiver())
    await receiver.close()
    const outcome = await adapter(sendRequest(kind, receiver.url))
    expect(outcome).toMatchObject({ verdict: 'retry', statusCode: null, message: 'connection refused' })
  })

  test('never quotes the secret a receiver echoes back, even cut by the length limit', async () => {
    const receiver = await start(makeReceiver())
    const bare = secret.replace(/^whsec_/, '')
    receiver.script(
      (request) => ({
        status: 401,
        body: { error: `invalid key ${secret}`, got: request.headers.authorization ?? null },
      }),
      { status: 500, body: `${'x'.repeat(85)} ${secret} ${bare} trailing` },
      { status: 503, body: `${'y'.repeat(85)}${bare}` },
    )
    for (let attempt = 0; attempt < 3; attempt++) {
      const outcome = await adapter(sendRequest(kind, receiver.url))
      expect(outcome.verdict).not.toBe('delivered')
      expectNoSecret(outcome, secret, bare)
    }
  })
})

describe('webhook adapter', () => {
  test('signs the body with Standard Webhooks headers the receiver verifies on its own', async () => {
    const receiver = await start(webhookReceiver({ secrets: [WEBHOOK_SECRET] }))
    const request = sendRequest('site-webhook', receiver.url)
    const outcome = await adapterFor('site-webhook')(request)
    expect(outcome).toMatchObject({ verdict: 'delivered', statusCode: 200, message: 'HTTP 200' })
    const [received] = await receiver.waitFor(1)
    expect(received.verified).toBe(true)
    expect(received.webhookId).toBe(request.webhookId)
    expect(received.method).toBe('POST')
    expect(received.json).toEqual(request.body)
    expect(received.rawBody).toBe(JSON.stringify(request.body))
    expect(received.headers['user-agent']).toBe('Newsroom-Webhooks/1.0')
    expect(received.headers['content-type']).toBe('application/json')
  })

  test('the timestamp is the attempt time in whole seconds, the id the same on every attempt', async () => {
    const at = new Date('2026-11-02T08:00:05.900Z')
    const receiver = await start(webhookReceiver({ secrets: [WEBHOOK_SECRET], now: () => at }))
    receiver.script({ status: 503 })
    const request = sendRequest('webhook', receiver.url, { now: () => at })
    expect((await webhookAdapter(request)).verdict).toBe('retry')
    expect((await webhookAdapter(request)).verdict).toBe('delivered')
    const [first, second] = await receiver.waitFor(2)
    expect(first.timestamp).toBe(Math.floor(at.getTime() / 1000))
    expect([first.webhookId, second.webhookId]).toEqual([request.webhookId, request.webhookId])
    expect(receiver.accepted()).toHaveLength(1)
  })

  test('during rotation the receiver that knows only the old secret still verifies', async () => {
    const receiver = await start(webhookReceiver({ secrets: [WEBHOOK_SECRET] }))
    const newer = `whsec_${randomBytes(32).toString('base64')}`
    const outcome = await webhookAdapter(sendRequest('webhook', receiver.url, {}, { secrets: [newer, WEBHOOK_SECRET] }))
    expect(outcome.verdict).toBe('delivered')
    expect(receiver.requests[0].verified).toBe(true)
  })

  test('a receiver with another secret refuses the signature', async () => {
    const receiver = await start(webhookReceiver({ secrets: [`whsec_${randomBytes(32).toString('base64')}`] }))
    const outcome = await webhookAdapter(sendRequest('webhook', receiver.url))
    expect(outcome).toMatchObject({ verdict: 'failed', statusCode: 401 })
    expect(receiver.requests[0]).toMatchObject({ verified: false, failure: 'no signature matches' })
  })
})

describe('buffer adapter', () => {
  test('creates a post on the network channel, shared now, with its image', async () => {
    const buffer = await start(bufferReceiver({ apiKey: API_KEY }))
    const request = sendRequest('buffer', buffer.url)
    const outcome = await bufferAdapter(request)
    expect(outcome).toMatchObject({ verdict: 'delivered', statusCode: 200, externalId: 'buf_1' })
    expect(buffer.posts.get('buf_1')).toEqual({
      id: 'buf_1',
      channelId: 'acct-x',
      text: request.post!.text,
      mode: 'shareNow',
      dueAt: null,
      imageUrls: [request.post!.imageUrl],
    })
    expect(buffer.requests[0]).toMatchObject({ mutation: 'createPost', input: { schedulingType: 'automatic' } })
  })

  test('a future time is customScheduled with dueAt; a past one is shared now', async () => {
    const buffer = await start(bufferReceiver({ apiKey: API_KEY }))
    const later = new Date(Date.now() + 2 * HOUR).toISOString()
    await bufferAdapter(sendRequest('buffer', buffer.url, { post: socialPost({ scheduledAt: later, imageUrl: null }) }))
    await bufferAdapter(
      sendRequest('buffer', buffer.url, { post: socialPost({ scheduledAt: '2020-01-01T00:00:00.000Z' }) }),
    )
    expect(buffer.posts.get('buf_1')).toMatchObject({ mode: 'customScheduled', dueAt: later, imageUrls: [] })
    expect(buffer.posts.get('buf_2')).toMatchObject({ mode: 'shareNow', dueAt: null })
  })

  test('a MutationError with HTTP 200 is a failure carrying its message', async () => {
    const buffer = await start(bufferReceiver({ apiKey: API_KEY }))
    buffer.script(buffer.mutationError('You have reached the limit of scheduled posts for this channel'))
    const outcome = await bufferAdapter(sendRequest('buffer', buffer.url))
    expect(outcome).toEqual({
      verdict: 'failed',
      statusCode: 200,
      message: 'You have reached the limit of scheduled posts for this channel',
      said: { code: 'deliveryServiceSaid', detail: 'You have reached the limit of scheduled posts for this channel' },
    })
  })

  test('GraphQL errors fail, unless they read as rate limiting or an internal fault', async () => {
    const buffer = await start(bufferReceiver({ apiKey: API_KEY }))
    buffer.script(
      buffer.graphqlError('Not authorized to access this channel', 'FORBIDDEN'),
      buffer.graphqlError('Too many requests', 'RATE_LIMIT_EXCEEDED'),
      buffer.graphqlError('Something broke', 'INTERNAL_SERVER_ERROR'),
    )
    expect(await bufferAdapter(sendRequest('buffer', buffer.url))).toMatchObject({
      verdict: 'failed',
      message: 'Not authorized to access this channel',
    })
    expect(await bufferAdapter(sendRequest('buffer', buffer.url))).toMatchObject({
      verdict: 'retry',
      message: 'Too many requests',
    })
    expect(await bufferAdapter(sendRequest('buffer', buffer.url))).toMatchObject({
      verdict: 'retry',
      message: 'Something broke',
    })
  })

  test('a wrong API key is refused', async () => {
    const buffer = await start(bufferReceiver({ apiKey: API_KEY }))
    const outcome = await bufferAdapter(sendRequest('buffer', buffer.url, {}, { secrets: ['not-the-key'] }))
    expect(outcome).toMatchObject({ verdict: 'failed', statusCode: 401 })
    expect(buffer.posts.size).toBe(0)
  })

  test('unpublishing deletes the post it created', async () => {
    const buffer = await start(bufferReceiver({ apiKey: API_KEY }))
    const created = await bufferAdapter(sendRequest('buffer', buffer.url))
    const outcome = await bufferAdapter(
      sendRequest('buffer', buffer.url, {
        event: 'unpublished',
        post: undefined,
        cancelExternalId: created.externalId,
        network: 'x',
      }),
    )
    expect(outcome).toMatchObject({ verdict: 'delivered', externalId: 'buf_1' })
    expect(buffer.posts.size).toBe(0)
    expect(buffer.requests[1]).toMatchObject({ mutation: 'deletePost', input: { id: 'buf_1' } })
  })

  test('withdrawing a post Buffer no longer has asks for a look by hand', async () => {
    const buffer = await start(bufferReceiver({ apiKey: API_KEY }))
    const outcome = await bufferAdapter(
      sendRequest('buffer', buffer.url, {
        event: 'deleted',
        post: undefined,
        cancelExternalId: 'buf_99',
        network: 'facebook',
      }),
    )
    expect(outcome).toMatchObject({ verdict: 'failed', message: 'already posted on Facebook; remove it there by hand' })
  })

  test('with nothing created there is nothing to withdraw, and nothing is sent', async () => {
    const buffer = await start(bufferReceiver({ apiKey: API_KEY }))
    const outcome = await bufferAdapter(
      sendRequest('buffer', buffer.url, {
        event: 'unpublished',
        post: undefined,
        cancelExternalId: null,
        network: 'x',
      }),
    )
    expect(outcome).toEqual({
      verdict: 'cancelled',
      statusCode: null,
      message: 'nothing to withdraw',
      said: { code: 'deliveryNothingToWithdraw' },
    })
    expect(buffer.requests).toHaveLength(0)
  })

  test('a network without a configured channel fails before any request', async () => {
    const buffer = await start(bufferReceiver({ apiKey: API_KEY }))
    const outcome = await bufferAdapter(
      sendRequest('buffer', buffer.url, { post: socialPost({ network: 'linkedin' }) }, { accounts: { x: 'acct-x' } }),
    )
    expect(outcome).toMatchObject({
      verdict: 'failed',
      statusCode: null,
      message: 'no LinkedIn account configured for Buffer',
    })
    expect(buffer.requests).toHaveLength(0)
  })
})

describe('hootsuite adapter', () => {
  test('sends at once to the network profile, without media', async () => {
    const hootsuite = await start(hootsuiteReceiver({ apiKey: API_KEY }))
    const request = sendRequest('hootsuite', hootsuite.url)
    const outcome = await hootsuiteAdapter(request)
    expect(outcome).toMatchObject({
      verdict: 'delivered',
      externalId: 'hs_1',
      message: 'Hootsuite post hs_1 (SENT)',
      said: { code: 'deliveryPostAccepted', params: { service: 'Hootsuite', id: 'hs_1', state: 'SENT' } },
    })
    expect(hootsuite.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/messages',
      json: { text: request.post!.text, socialProfileIds: ['acct-x'] },
    })
    expect(hootsuite.requests[0].json).not.toHaveProperty('scheduledSendTime')
    expect(hootsuite.requests[0].json).not.toHaveProperty('media')
  })

  test('a future time is sent as scheduledSendTime in UTC ending in Z', async () => {
    const hootsuite = await start(hootsuiteReceiver({ apiKey: API_KEY }))
    const later = new Date(Date.now() + 2 * HOUR)
    await hootsuiteAdapter(
      sendRequest('hootsuite', hootsuite.url, { post: socialPost({ scheduledAt: later.toISOString() }) }),
    )
    const message = hootsuite.messages.get('hs_1')!
    expect(message.state).toBe('SCHEDULED')
    expect(message.scheduledSendTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(Date.parse(message.scheduledSendTime!)).toBe(Math.floor(later.getTime() / 1000) * 1000)
  })

  test('a scheduled message is withdrawn', async () => {
    const hootsuite = await start(hootsuiteReceiver({ apiKey: API_KEY }))
    const later = new Date(Date.now() + 2 * HOUR).toISOString()
    const created = await hootsuiteAdapter(
      sendRequest('hootsuite', hootsuite.url, { post: socialPost({ scheduledAt: later }) }),
    )
    const outcome = await hootsuiteAdapter(
      sendRequest('hootsuite', hootsuite.url, {
        event: 'unpublished',
        post: undefined,
        cancelExternalId: created.externalId,
        network: 'x',
      }),
    )
    expect(outcome).toMatchObject({ verdict: 'delivered', statusCode: 204 })
    expect(hootsuite.messages.size).toBe(0)
  })

  test('a message already sent cannot be withdrawn: a person must remove it', async () => {
    const hootsuite = await start(hootsuiteReceiver({ apiKey: API_KEY }))
    const created = await hootsuiteAdapter(sendRequest('hootsuite', hootsuite.url))
    const outcome = await hootsuiteAdapter(
      sendRequest('hootsuite', hootsuite.url, {
        event: 'deleted',
        post: undefined,
        cancelExternalId: created.externalId,
        network: 'x',
      }),
    )
    expect(outcome).toMatchObject({ verdict: 'failed', message: 'already posted on X; remove it there by hand' })
    expect(hootsuite.requests.map((r) => r.method)).toEqual(['POST', 'GET'])
  })

  test('a message Hootsuite does not know (404) asks for a look by hand too', async () => {
    const hootsuite = await start(hootsuiteReceiver({ apiKey: API_KEY }))
    const outcome = await hootsuiteAdapter(
      sendRequest('hootsuite', hootsuite.url, {
        event: 'unpublished',
        post: undefined,
        cancelExternalId: 'hs_404',
        network: 'linkedin',
      }),
    )
    expect(outcome).toMatchObject({
      verdict: 'failed',
      statusCode: 404,
      message: 'already posted on LinkedIn; remove it there by hand',
    })
  })

  test("Hootsuite's own error message is quoted", async () => {
    const hootsuite = await start(hootsuiteReceiver({ apiKey: API_KEY }))
    const outcome = await hootsuiteAdapter(sendRequest('hootsuite', hootsuite.url, { post: socialPost({ text: '' }) }))
    expect(outcome).toMatchObject({ verdict: 'failed', statusCode: 400, message: 'HTTP 400: text is required' })
  })
})

describe('ayrshare adapter', () => {
  test('posts to the primary profile for "default", with the image and the delivery id as idempotency key', async () => {
    const ayrshare = await start(ayrshareReceiver({ apiKey: API_KEY }))
    const request = sendRequest('ayrshare', ayrshare.url)
    const outcome = await ayrshareAdapter(request)
    expect(outcome).toMatchObject({
      verdict: 'delivered',
      externalId: 'ayr_1',
      message: 'Ayrshare post ayr_1 (success)',
    })
    expect(ayrshare.requests[0].json).toEqual({
      post: request.post!.text,
      platforms: ['twitter'],
      mediaUrls: [request.post!.imageUrl],
      idempotencyKey: request.webhookId,
    })
    expect(ayrshare.requests[0].headers).not.toHaveProperty('profile-key')
  })

  test('posts from a managed profile with its Profile-Key, scheduled when the time is ahead', async () => {
    const ayrshare = await start(ayrshareReceiver({ apiKey: API_KEY, profileKeys: [PROFILE_KEY] }))
    const later = new Date(Date.now() + 2 * HOUR).toISOString()
    const outcome = await ayrshareAdapter(
      sendRequest('ayrshare', ayrshare.url, {
        post: socialPost({ network: 'facebook', scheduledAt: later, imageUrl: null }),
      }),
    )
    expect(outcome).toMatchObject({ verdict: 'delivered', externalId: 'ayr_1' })
    expect(ayrshare.posts.get('ayr_1')).toMatchObject({
      status: 'scheduled',
      scheduleDate: later,
      platforms: ['facebook'],
      profileKey: PROFILE_KEY,
      mediaUrls: [],
    })
  })

  test('a repeated attempt of one delivery returns the first post instead of posting again', async () => {
    const ayrshare = await start(ayrshareReceiver({ apiKey: API_KEY }))
    const request = sendRequest('ayrshare', ayrshare.url)
    const first = await ayrshareAdapter(request)
    const again = await ayrshareAdapter(request)
    expect(again).toMatchObject({ verdict: 'delivered', externalId: first.externalId })
    expect(ayrshare.posts.size).toBe(1)
  })

  test('the same text posted again by another delivery is refused as a duplicate', async () => {
    const ayrshare = await start(ayrshareReceiver({ apiKey: API_KEY }))
    const post = socialPost()
    await ayrshareAdapter(sendRequest('ayrshare', ayrshare.url, { post }))
    const outcome = await ayrshareAdapter(sendRequest('ayrshare', ayrshare.url, { post }))
    expect(outcome).toMatchObject({
      verdict: 'failed',
      statusCode: 400,
      message: 'HTTP 400: Duplicate or similar content posted within the same two day period.',
    })
  })

  test('status "error" in an HTTP 200 answer is a failure with its message', async () => {
    const ayrshare = await start(ayrshareReceiver({ apiKey: API_KEY }))
    ayrshare.script({
      status: 200,
      body: {
        status: 'error',
        errors: [
          { action: 'post', status: 'error', code: 156, message: 'Twitter account not linked', platform: 'twitter' },
        ],
        postIds: [],
      },
    })
    expect(await ayrshareAdapter(sendRequest('ayrshare', ayrshare.url))).toEqual({
      verdict: 'failed',
      statusCode: 200,
      message: 'Twitter account not linked',
      said: { code: 'deliveryServiceSaid', detail: 'Twitter account not linked' },
    })
  })

  test('unpublishing deletes the post through the same profile', async () => {
    const ayrshare = await start(ayrshareReceiver({ apiKey: API_KEY, profileKeys: [PROFILE_KEY] }))
    const created = await ayrshareAdapter(
      sendRequest('ayrshare', ayrshare.url, { post: socialPost({ network: 'facebook' }) }),
    )
    const outcome = await ayrshareAdapter(
      sendRequest('ayrshare', ayrshare.url, {
        event: 'unpublished',
        post: undefined,
        cancelExternalId: created.externalId,
        network: 'facebook',
      }),
    )
    expect(outcome).toMatchObject({ verdict: 'delivered', statusCode: 200 })
    expect(ayrshare.requests[1]).toMatchObject({ method: 'DELETE', path: '/api/post', json: { id: 'ayr_1' } })
    expect(ayrshare.requests[1].headers['profile-key']).toBe(PROFILE_KEY)
    expect(ayrshare.posts.size).toBe(0)
  })

  test('withdrawing an unknown post asks for a look by hand', async () => {
    const ayrshare = await start(ayrshareReceiver({ apiKey: API_KEY }))
    const outcome = await ayrshareAdapter(
      sendRequest('ayrshare', ayrshare.url, {
        event: 'deleted',
        post: undefined,
        cancelExternalId: 'ayr_404',
        network: 'x',
      }),
    )
    expect(outcome).toMatchObject({ verdict: 'failed', message: 'already posted on X; remove it there by hand' })
  })

  test('never quotes the Profile-Key', async () => {
    const ayrshare = await start(ayrshareReceiver({ apiKey: API_KEY }))
    ayrshare.script((request) => ({
      status: 403,
      body: {
        status: 'error',
        message: `Profile-Key ${String(request.headers['profile-key'])} is not linked to this account`,
      },
    }))
    const outcome = await ayrshareAdapter(
      sendRequest('ayrshare', ayrshare.url, { post: socialPost({ network: 'facebook' }) }),
    )
    expect(outcome).toMatchObject({ verdict: 'failed', statusCode: 403 })
    expectNoSecret(outcome, PROFILE_KEY)
  })
})

describe('adapterFor', () => {
  test('site and generic webhooks share one adapter; each scheduler has its own', () => {
    const adapters: Record<DestinationKind, DeliveryAdapter> = {
      'site-webhook': webhookAdapter,
      webhook: webhookAdapter,
      buffer: bufferAdapter,
      hootsuite: hootsuiteAdapter,
      ayrshare: ayrshareAdapter,
    }
    for (const [kind, adapter] of Object.entries(adapters)) expect(adapterFor(kind as DestinationKind)).toBe(adapter)
    expect(() => adapterFor('carrier-pigeon' as DestinationKind)).toThrow('no delivery adapter')
  })
})
