import { outcome } from '../outcome'
import { parseRetryAfter } from '../retrySchedule'
import type { DeliveryAdapter, SendOutcome, SendRequest } from '../types'
import { attempt, field, failedWith, outcomeForStatus, stringField, type Answer, type Call } from './http'
import { futureSendTime, isOutcome, socialTask, withdrawn, withdrawnByHand } from './social'

/**
 * Buffer's GraphQL API. Its errors mostly arrive with HTTP 200: a typed `MutationError` in the
 * mutation's union (something to fix: a failure) or the `errors` array (auth, not found, server:
 * a failure unless it reads as rate limiting or an internal fault). Buffer documents no
 * idempotency key, so a retry after a lost answer may post twice: only clear failures are final.
 */

// `CreatePostInput` is the documented input type; `assets` is a list of `{ image: { url } }`
// (the older `{ images: [...] }` object form is refused since 2026).
const CREATE_POST = `mutation CreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    __typename
    ... on PostActionSuccess { post { id } }
    ... on MutationError { message }
  }
}`

// The delete input's type name is not documented, so the id is written inline (a JSON string is
// a valid GraphQL string literal).
const deletePost = (id: string) => `mutation DeletePost {
  deletePost(input: { id: ${JSON.stringify(id)} }) {
    __typename
    ... on DeletePostSuccess { id }
    ... on MutationError { message }
  }
}`

const TRANSIENT_CODES = new Set([
  'RATE_LIMIT_EXCEEDED',
  'RATE_LIMITED',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
])
const TRANSIENT_WORDS =
  /rate.?limit|too many requests|internal (server )?error|temporar|unavailable|timed? ?out|try again/i

export const bufferAdapter: DeliveryAdapter = (request) =>
  attempt(request, async (call) => {
    const task = socialTask(request, 'Buffer')
    if (isOutcome(task)) return task
    if (task.action === 'create') {
      const { post, account } = task
      const dueAt = futureSendTime(post, request.now())
      const input = {
        text: post.text,
        channelId: account,
        schedulingType: 'automatic',
        mode: dueAt ? 'customScheduled' : 'shareNow',
        ...(dueAt ? { dueAt: dueAt.toISOString() } : {}),
        ...(post.imageUrl ? { assets: [{ image: { url: post.imageUrl } }] } : {}),
      }
      const answer = await graphql(call, request, { query: CREATE_POST, variables: { input } })
      const failure = unsuccessful(request, answer, 'createPost')
      if (failure) return failure
      const id = stringField(answer.json, 'data', 'createPost', 'post', 'id')
      if (!id) return failedWith(answer, null)
      const said = dueAt ? 'deliveryScheduledOn' : 'deliverySentTo'
      return { ...outcome('delivered', answer.status, said, { service: 'Buffer', id }), externalId: id }
    }
    const answer = await graphql(call, request, { query: deletePost(task.externalId) })
    if (errorCodes(answer).includes('NOT_FOUND')) return withdrawnByHand(task.network, answer.status)
    const failure = unsuccessful(request, answer, 'deletePost')
    if (failure) return failure
    if (!stringField(answer.json, 'data', 'deletePost', 'id')) return failedWith(answer, null)
    return withdrawn('Buffer', answer.status, task.externalId)
  })

function graphql(
  call: Call,
  request: SendRequest,
  body: { query: string; variables?: Record<string, unknown> },
): Promise<Answer> {
  return call(request.destination.url, {
    method: 'POST',
    headers: { authorization: `Bearer ${request.destination.secrets[0] ?? ''}` },
    json: body,
  })
}

/** The outcome when the answer is not a success of `mutation`; null when it is one. */
function unsuccessful(request: SendRequest, answer: Answer, mutation: string): SendOutcome | null {
  const errors = field(answer.json, 'errors')
  const firstError = Array.isArray(errors) ? stringField(errors[0], 'message') : null
  if (!answer.ok) return outcomeForStatus(request, answer, firstError)
  // Only the MutationError branch of the query asks for `message`.
  const mutationError = stringField(answer.json, 'data', mutation, 'message')
  if (mutationError !== null) return failedWith(answer, mutationError)
  if (field(answer.json, 'data', mutation)) return null
  if (firstError === null) return failedWith(answer, null)
  const transient = errorCodes(answer).some((code) => TRANSIENT_CODES.has(code)) || TRANSIENT_WORDS.test(firstError)
  if (!transient) return outcome('failed', answer.status, 'deliveryServiceSaid', null, firstError)
  return {
    ...outcome('retry', answer.status, 'deliveryServiceSaid', null, firstError),
    retryAfterMs: parseRetryAfter(answer.headers.get('retry-after'), request.now()),
  }
}

function errorCodes(answer: Answer): string[] {
  const errors = field(answer.json, 'errors')
  if (!Array.isArray(errors)) return []
  return errors.map((error) => stringField(error, 'extensions', 'code')).filter((code): code is string => code !== null)
}
