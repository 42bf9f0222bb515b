import { createHash, randomBytes } from 'node:crypto'
import { type Endpoint, type PayloadRequest } from 'payload'

import { refusal } from '../hooks/refusal'
import { translate } from '../i18n/translate'
import { publicBaseUrl } from '../lib/adminLinks'
import { documented } from '../openapi/customEndpoints'
import { errors, json } from '../openapi/operation'

/** Only a hash is stored: a leaked database does not give away anyone's calendar. */
export const hashCalendarToken = (token: string) => createHash('sha256').update(token).digest('hex')

async function setHash(req: PayloadRequest, hash: string | null) {
  if (!req.user) throw refusal(req, 401, 'calendarLinkSignIn')
  await req.payload.update({
    collection: 'users',
    id: req.user.id,
    data: { calendarTokenHash: hash } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * `POST /api/users/calendar-token`: a new personal calendar link for the signed-in user (the old
 * one stops working); the token is shown this once. `DELETE` revokes it. Each person manages
 * their own: the token is not their session and opens nothing but their feed.
 */
export const calendarTokenEndpoints: Endpoint[] = [
  documented(
    {
      path: '/calendar-token',
      method: 'post',
      handler: async (req) => {
        const token = randomBytes(32).toString('base64url')
        await setHash(req, hashCalendarToken(token))
        const url = `${publicBaseUrl(req.payload.config.serverURL)}/api/calendar.ics?token=${token}`
        return Response.json(
          { message: translate(req, 'calendarLinkCreated'), token, url },
          { status: 201, headers: { 'cache-control': 'no-store' } },
        )
      },
    },
    {
      summary: 'A new personal calendar link for the signed-in user (the old one stops working)',
      responses: {
        '201': json('The link, shown this once.', {
          type: 'object',
          required: ['token', 'url'],
          properties: {
            message: { type: 'string' },
            token: { type: 'string' },
            url: { type: 'string', format: 'uri' },
          },
        }),
        ...errors(401),
      },
    },
  ),
  documented(
    {
      path: '/calendar-token',
      method: 'delete',
      handler: async (req) => {
        await setHash(req, null)
        return Response.json({ message: translate(req, 'calendarLinkRevoked') })
      },
    },
    {
      summary: 'Revoke the signed-in user’s calendar link',
      responses: {
        '200': json('Revoked.', { type: 'object', properties: { message: { type: 'string' } } }),
        ...errors(401),
      },
    },
  ),
]
