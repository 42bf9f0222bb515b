import { BEARER, JSON_CONTENT, UTC_DATE_TIME, violations, type RouteShape, type Schema } from './validate'

/**
 * Buffer's GraphQL endpoint as /work/shared/REFERENCE.md records it from Buffer's documentation:
 * `POST /` with a bearer API key and a GraphQL document; `createPost(input: { text, channelId,
 * schedulingType: automatic | notification, mode: addToQueue | shareNow | shareNext | customScheduled,
 * dueAt: <ISO-8601 UTC> })`. Two things the reference does not list are Buffer's too and modelled as
 * the fake always did: `assets: [{ image: { url } }]` (AssetInput; the older `{ images }` object form is
 * refused) and `deletePost(input: { id })`.
 */
export const BUFFER_ROUTES: RouteShape[] = [
  {
    method: 'POST',
    path: /^\/$/,
    headers: { authorization: BEARER, 'content-type': JSON_CONTENT },
    body: {
      type: 'object',
      required: ['query'],
      properties: {
        query: { type: 'string' },
        variables: { type: 'object', properties: {}, open: true },
        operationName: { type: 'string' },
      },
    },
  },
]

const CREATE_POST_INPUT: Schema = {
  type: 'object',
  required: ['text', 'channelId', 'schedulingType', 'mode'],
  properties: {
    text: { type: 'string' },
    channelId: { type: 'string' },
    schedulingType: { type: 'string', enum: ['automatic', 'notification'] },
    mode: { type: 'string', enum: ['addToQueue', 'shareNow', 'shareNext', 'customScheduled'] },
    dueAt: UTC_DATE_TIME,
    assets: {
      type: 'array',
      items: {
        type: 'object',
        required: ['image'],
        properties: { image: { type: 'object', required: ['url'], properties: { url: { type: 'string' } } } },
      },
    },
  },
}

const DELETE_POST_INPUT: Schema = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } }

/** Problems with a mutation's `input` (variables substituted); a document with no known mutation is one. */
export function bufferInputViolations(mutation: 'createPost' | 'deletePost' | null, input: unknown): string[] {
  if (!mutation) return ['query: expected a createPost or deletePost mutation with an input']
  return violations(mutation === 'createPost' ? CREATE_POST_INPUT : DELETE_POST_INPUT, input, `${mutation}.input`)
}
