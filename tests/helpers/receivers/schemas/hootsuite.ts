import { BEARER, JSON_CONTENT, STRINGS, UTC_DATE_TIME, type RouteShape } from './validate'

/**
 * Hootsuite's message routes as /work/shared/REFERENCE.md records them from Hootsuite's documentation:
 * `POST /v1/messages` with `{ text, socialProfileIds: [..], scheduledSendTime: "<UTC, ending in Z>",
 * media: [{ id }], webhookUrls: [..], tags: [..] }`, `GET` and `DELETE /v1/messages/{id}`, an OAuth 2
 * bearer token on each.
 */
const MESSAGE = /^\/v1\/messages\/[^/]+$/

export const HOOTSUITE_ROUTES: RouteShape[] = [
  {
    method: 'POST',
    path: /^\/v1\/messages$/,
    headers: { authorization: BEARER, 'content-type': JSON_CONTENT },
    body: {
      type: 'object',
      required: ['text', 'socialProfileIds'],
      properties: {
        text: { type: 'string' },
        socialProfileIds: { type: 'array', items: { type: 'string' }, minItems: 1 },
        scheduledSendTime: UTC_DATE_TIME,
        media: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
        webhookUrls: STRINGS,
        tags: STRINGS,
      },
    },
  },
  { method: 'GET', path: MESSAGE, headers: { authorization: BEARER } },
  { method: 'DELETE', path: MESSAGE, headers: { authorization: BEARER } },
]
