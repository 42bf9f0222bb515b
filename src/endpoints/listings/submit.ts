import type { Endpoint, PayloadRequest } from 'payload'

import { translate } from '../../i18n/translate'
import { now } from '../../lib/clock'
import { nestHours, flattenHours } from '../../lib/crisis/kinds'
import { duplicateKey } from '../../lib/crisis/lifecycle'
import type { ListingKind } from '../../lib/crisis/listingKinds'
import { locate, type Place } from '../../lib/crisis/location'
import { HONEYPOT_FIELD, isHoneypotFilled, readSubmission } from '../../lib/crisis/submission'
import type { RateLimit } from '../../lib/rateLimit'
import { formLimit } from '../../server/formLimits'
import { PLATFORM_WRITE } from '../../hooks/moderateListing'
import { mailOwner } from '../../notifications/ownerMail'
import { documented } from '../../openapi/customEndpoints'
import { errors, json } from '../../openapi/operation'
import { keepOwnAnswer } from '../../hooks/keepCreationAnswer'
import { inTransaction } from '../inTransaction'
import { formSchema, PLACE } from './formSchema'
import { answer, badFields, chamberOrRefusal, readJson, refuse } from './shared'

/** The form's fields and the place, read and checked; or the answer explaining what is wrong. */
export async function readListing(
  req: PayloadRequest,
  kind: ListingKind,
  body: Record<string, unknown>,
): Promise<{ data: Record<string, unknown>; place: Place } | { refusal: Response }> {
  const read = readSubmission(kind.spec, flattenHours(body), kind.freeText)
  const located = locate(body)
  const problems = [...('problems' in read ? read.problems : []), ...('problems' in located ? located.problems : [])]
  if ('problems' in read || 'problems' in located) return { refusal: badFields(req, problems) }
  return { data: nestHours(read.data), place: located.place }
}

/** An earlier listing with the same name and postal code, still alive: flagged for the moderators. */
export async function findDuplicate(
  req: PayloadRequest,
  kind: ListingKind,
  key: string,
  except?: number | string,
): Promise<number | string | null> {
  const { docs } = await req.payload.find({
    collection: kind.slug,
    where: {
      and: [
        { duplicateKey: { equals: key } },
        { status: { not_in: ['rejected', 'withdrawn'] } },
        ...(except ? [{ id: { not_equals: except } }] : []),
      ],
    },
    sort: 'submittedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { id: true } as never,
    req,
  })
  return (docs[0] as { id?: number | string } | undefined)?.id ?? null
}

/**
 * `POST /api/<listings>/submit`, anonymous: rate limited per address, a honeypot answered like a real
 * submission and dropped, every field checked, the department's chamber must have switched the
 * service on. The listing waits for the owner's confirmation (a signed link by e-mail) and the
 * chamber's moderation. `Idempotency-Key` is honoured (src/server/idempotency.ts).
 */
export function submitEndpoint(kind: ListingKind, rule: RateLimit): Endpoint {
  const limited = formLimit(`${kind.slug}-submit`, rule, 'crisisTooMany')
  return documented(
    {
      path: '/submit',
      method: 'post',
      handler: async (req) => {
        const tooMany = await limited(req)
        if (tooMany) return tooMany
        const body = await readJson(req)
        if (!body) return refuse(req, 400, 'crisisBadBody')
        const acceptedBody = () => ({ message: translate(req, 'crisisSubmitted') })
        const accepted = () => answer(202, acceptedBody())
        if (isHoneypotFilled(body)) return accepted()
        const listing = await readListing(req, kind, body)
        if ('refusal' in listing) return listing.refusal
        const chamber = await chamberOrRefusal(req, kind, listing.place.departmentCode)
        if ('refusal' in chamber) return chamber.refusal
        const title = String(listing.data[kind.titleField])
        const key = duplicateKey(title, listing.place.postalCode)
        await inTransaction(req, async () => {
          const duplicate = await findDuplicate(req, kind, key)
          const doc = await req.payload.create({
            collection: kind.slug,
            data: {
              ...kind.initial,
              ...listing.data,
              ...listing.place,
              chamber: chamber.id,
              status: 'pending',
              submittedAt: now().toISOString(),
              duplicateKey: key,
              possibleDuplicateOf: duplicate,
            } as never,
            depth: 0,
            overrideAccess: true,
            context: { [PLATFORM_WRITE]: true },
            req,
          })
          await mailOwner(req, kind, doc as never, 'Confirm')
          await keepOwnAnswer(req, 202, acceptedBody())
        })
        return accepted()
      },
    },
    {
      summary: `Registers a listing (${kind.slug}), anonymously; it waits for the owner's e-mail confirmation and the chamber's moderation`,
      description: `JSON body: the form's fields, ownerEmail, postalCode, city, and optionally latitude/longitude (the pin). "${HONEYPOT_FIELD}" must stay empty. At most two links in the text. Honours Idempotency-Key.`,
      requestBody: { required: true, content: { 'application/json': { schema: formSchema(kind.spec, PLACE) } } },
      responses: {
        '202': json('Received: awaiting confirmation and validation.', {
          type: 'object',
          properties: { message: { type: 'string' } },
        }),
        ...errors(400, 429),
        '422': json('The department’s chamber has not switched this service on.', { type: 'object' }),
      },
    },
  )
}
