import { ayrshareReceiver } from '../helpers/receivers/ayrshareReceiver'
import type { Receiver } from '../helpers/receivers/base'
import { bufferReceiver } from '../helpers/receivers/bufferReceiver'
import { hootsuiteReceiver } from '../helpers/receivers/hootsuiteReceiver'

/**
 * The schedulers' fakes hold every request to the provider's documented shape (schemas in
 * tests/helpers/receivers/schemas, from /work/shared/REFERENCE.md): a request that drifts from it is
 * answered as the real API would (400) and recorded, so an adapter that drifts fails the distribution tests.
 */
const KEY = 'schema-key'
const receivers: Receiver[] = []
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()))
})

async function post(receiver: Receiver, path: string, body: unknown, method = 'POST') {
  receivers.push(receiver)
  await receiver.start()
  const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }
  const response = await fetch(`${receiver.url}${path}`, { method, headers, body: JSON.stringify(body) })
  return { status: response.status, violations: receiver.schemaViolations.map((v) => v.problems) }
}

const createPost = 'mutation($input: CreatePostInput!) { createPost(input: $input) { __typename } }'
const bufferInput = { text: 'Bonjour', channelId: 'c1', schedulingType: 'automatic', mode: 'shareNow' }

describe('Buffer', () => {
  test('a documented createPost is accepted and records no violation', async () => {
    const answer = await post(bufferReceiver({ apiKey: KEY }), '/', {
      query: createPost,
      variables: { input: bufferInput },
    })
    expect(answer).toEqual({ status: 200, violations: [] })
  })

  test('the old `assets: { images }` form is refused with 400 and recorded', async () => {
    const input = { ...bufferInput, assets: { images: ['https://example.test/a.jpg'] } }
    const answer = await post(bufferReceiver({ apiKey: KEY }), '/', { query: createPost, variables: { input } })
    expect(answer).toEqual({ status: 400, violations: [['createPost.input.assets: expected an array']] })
  })

  test('an undocumented mode and a due time without its zone are both named', async () => {
    const input = { ...bufferInput, mode: 'later', dueAt: '2030-03-01T09:00:00' }
    const answer = await post(bufferReceiver({ apiKey: KEY }), '/', { query: createPost, variables: { input } })
    expect(answer.status).toBe(400)
    expect(answer.violations).toEqual([
      [
        'createPost.input.mode: expected one of addToQueue, shareNow, shareNext, customScheduled',
        expect.stringMatching(/^createPost\.input\.dueAt: does not match/),
      ],
    ])
  })
})

describe('Hootsuite', () => {
  test('a documented message is accepted and records no violation', async () => {
    const body = { text: 'Bonjour', socialProfileIds: ['p1'], scheduledSendTime: '2099-03-01T09:00:00Z' }
    expect(await post(hootsuiteReceiver({ apiKey: KEY }), '/v1/messages', body)).toEqual({
      status: 200,
      violations: [],
    })
  })

  test('a single profile id instead of the documented list, and an undocumented field, are refused', async () => {
    const body = { text: 'Bonjour', socialProfileId: 'p1' }
    const answer = await post(hootsuiteReceiver({ apiKey: KEY }), '/v1/messages', body)
    expect(answer).toEqual({
      status: 400,
      violations: [['body.socialProfileIds: required', 'body.socialProfileId: not a documented field']],
    })
  })
})

describe('Ayrshare', () => {
  test('a documented post is accepted and records no violation', async () => {
    const body = { post: 'Bonjour', platforms: ['linkedin'], idempotencyKey: 'k1' }
    expect(await post(ayrshareReceiver({ apiKey: KEY }), '/api/post', body)).toEqual({ status: 200, violations: [] })
  })

  test('a platform Ayrshare does not know and media as a single string are refused', async () => {
    const body = { post: 'Bonjour', platforms: ['x'], mediaUrls: 'https://example.test/a.jpg' }
    const answer = await post(ayrshareReceiver({ apiKey: KEY }), '/api/post', body)
    expect(answer.status).toBe(400)
    expect(answer.violations).toEqual([
      [expect.stringMatching(/^body\.platforms\[0\]: expected one of /), 'body.mediaUrls: expected an array'],
    ])
  })

  test('a deletion without the documented `{ id }` is refused', async () => {
    const answer = await post(ayrshareReceiver({ apiKey: KEY }), '/api/post', { postId: 'ayr_1' }, 'DELETE')
    expect(answer).toEqual({ status: 400, violations: [['body.id: required', 'body.postId: not a documented field']] })
  })
})
