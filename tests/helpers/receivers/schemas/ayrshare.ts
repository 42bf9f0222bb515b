import { BEARER, JSON_CONTENT, STRINGS, UTC_DATE_TIME, type RouteShape } from './validate'

/**
 * Ayrshare's post routes as /work/shared/REFERENCE.md records them from Ayrshare's documentation:
 * `POST /api/post` with `{ post, platforms: [..], mediaUrls: [..], scheduleDate: "<ISO-8601 UTC>",
 * idempotencyKey }` and `DELETE /api/post` with `{ id }`, a bearer API key on each (the optional
 * `Profile-Key` header names a managed profile).
 */
const PLATFORMS = ['bluesky', 'facebook', 'gmb', 'instagram', 'linkedin', 'pinterest', 'reddit', 'snapchat'].concat([
  'telegram',
  'threads',
  'tiktok',
  'twitter',
  'youtube',
])

const HEADERS = { authorization: BEARER, 'content-type': JSON_CONTENT }

export const AYRSHARE_ROUTES: RouteShape[] = [
  {
    method: 'POST',
    path: /^\/api\/post$/,
    headers: HEADERS,
    body: {
      type: 'object',
      required: ['post', 'platforms'],
      properties: {
        post: { type: 'string' },
        platforms: { type: 'array', items: { type: 'string', enum: PLATFORMS }, minItems: 1 },
        mediaUrls: STRINGS,
        scheduleDate: UTC_DATE_TIME,
        idempotencyKey: { type: 'string' },
      },
    },
  },
  {
    method: 'DELETE',
    path: /^\/api\/post$/,
    headers: HEADERS,
    body: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
  },
]

export { PLATFORMS as AYRSHARE_PLATFORMS }
