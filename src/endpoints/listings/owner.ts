import type { Endpoint, PayloadRequest } from 'payload'

import { PLATFORM_WRITE } from '../../hooks/moderateListing'
import { now } from '../../lib/clock'
import {
  duplicateKey,
  expiryFrom,
  OWNER_ACTIONS,
  ownerMay,
  type OwnerAction,
  type Status,
} from '../../lib/crisis/lifecycle'
import { publicShape, type ListingKind } from '../../lib/crisis/listingKinds'
import { checkOwnerToken } from '../../lib/crisis/ownerLinks'
import { documented } from '../../openapi/customEndpoints'
import { errors, json, pathParam } from '../../openapi/operation'
import { inTransaction } from '../inTransaction'
import { answer, chamberOrRefusal, readJson, refuse } from './shared'
import { findDuplicate, readListing } from './submit'

/** Aid posts only: the poster says the exchange happened, or ends the post. */
const AID_ONLY: OwnerAction[] = ['matched', 'close']

const renewed = () => {
  const at = now()
  return { confirmedAt: at.toISOString(), expiresAt: expiryFrom(at).toISOString(), reminderFor: null }
}

/** The change an owner's action makes, or a refusal. */
async function changeFor(
  req: PayloadRequest,
  kind: ListingKind,
  action: OwnerAction,
  listing: Record<string, unknown>,
  body: Record<string, unknown>,
): Promise<Record<string, unknown> | { refusal: Response } | null> {
  switch (action) {
    case 'view':
      return null
    case 'confirm':
    case 'renew':
      // An expired listing was validated once: the owner's word brings it back.
      return { ...renewed(), ...(listing.status === 'expired' ? { status: 'published' } : {}) }
    case 'withdraw':
      return { status: 'withdrawn' }
    case 'matched':
      return { state: 'matched' }
    case 'close':
      return { state: 'closed', status: 'withdrawn' }
    case 'update': {
      // The link was mailed to the owner's address: whoever holds it does not get to move it elsewhere.
      const changed = await readListing(req, kind, { ...listing, ...body, ownerEmail: listing.ownerEmail })
      if ('refusal' in changed) return changed
      const chamber = await chamberOrRefusal(req, kind, changed.place.departmentCode)
      if ('refusal' in chamber) return chamber
      const key = duplicateKey(String(changed.data[kind.titleField]), changed.place.postalCode)
      // Changed words are checked by the chamber again before they show.
      return {
        ...changed.data,
        ...changed.place,
        chamber: chamber.id,
        ...renewed(),
        status: 'pending',
        duplicateKey: key,
        possibleDuplicateOf: await findDuplicate(req, kind, key, listing.id as number),
      }
    }
  }
}

/**
 * `POST /api/<listings>/:id/owner` `{ token, action, …fields }`: what the owner's signed link allows,
 * without an account. `view` answers the listing (with the owner's own contact); the others change
 * it as the lifecycle allows in its status. POST only: a link prefetched by a mail scanner changes nothing.
 */
export function ownerEndpoint(kind: ListingKind): Endpoint {
  const actions = OWNER_ACTIONS.filter((action) => kind.slug === 'aid-posts' || !AID_ONLY.includes(action))
  return documented(
    {
      path: '/:id/owner',
      method: 'post',
      handler: async (req) => {
        const id = String(req.routeParams?.id ?? '')
        const body = await readJson(req)
        if (!body) return refuse(req, 400, 'crisisBadBody')
        const check = checkOwnerToken(req.payload.config.secret, body.token, kind.slug, id, now())
        if (!check.ok) return refuse(req, 403, check.reason === 'expired' ? 'crisisLinkExpired' : 'crisisLinkInvalid')
        const action = (body.action ?? 'view') as OwnerAction
        if (!actions.includes(action))
          return refuse(req, 400, 'crisisOwnerActionUnknown', { actions: actions.join(', ') })
        const listing = (await req.payload.findByID({
          collection: kind.slug,
          id,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })) as Record<string, unknown> | null
        if (!listing) return refuse(req, 404, 'crisisNotFound')
        if (!ownerMay(action, listing.status as Status))
          return refuse(req, 409, 'crisisOwnerActionRefused', { status: listing.status })
        const { token: _token, action: _action, ...fields } = body
        const change = await changeFor(req, kind, action, listing, fields)
        if (change && 'refusal' in change) return change.refusal as Response
        const doc = change
          ? await inTransaction(req, () =>
              req.payload.update({
                collection: kind.slug,
                id,
                data: change as never,
                depth: 0,
                overrideAccess: true,
                context: { [PLATFORM_WRITE]: true },
                req,
              }),
            )
          : listing
        const record = doc as unknown as Record<string, unknown>
        return answer(200, {
          action,
          status: record.status,
          confirmedAt: record.confirmedAt ?? null,
          doc: { ...publicShape(kind, record), ownerEmail: record.ownerEmail, ownerName: record.ownerName ?? null },
        })
      },
    },
    {
      summary: `What the owner's signed link allows on a listing (${kind.slug}): ${actions.join(', ')}`,
      parameters: [pathParam('id', 'The listing.')],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['token'],
              properties: { token: { type: 'string' }, action: { enum: actions } },
            },
          },
        },
      },
      responses: {
        '200': json('The listing after the action.', { type: 'object' }),
        ...errors(400, 403, 404),
        '409': json('Not possible in the listing’s status.', { type: 'object' }),
      },
    },
  )
}
