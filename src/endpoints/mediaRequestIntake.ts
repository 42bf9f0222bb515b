import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadRequest } from 'payload'

import { getTranslation } from '@payloadcms/translations'

import { keepOwnAnswer } from '../hooks/keepCreationAnswer'
import { translate } from '../i18n/translate'
import { may } from '../lib/permissions'
import { isEmail } from '../lib/press/contacts'
import { isHoneypotFilled, REQUEST_TEXT_MAX, validateRequestIntake } from '../lib/press/requestFlow'
import type { RateLimit } from '../lib/rateLimit'
import { formLimit } from '../server/formLimits'
import { documented } from '../openapi/customEndpoints'
import { errors, json, worded } from '../openapi/operation'
import { inTransaction } from './inTransaction'

const REQUIRED = 'requestFieldRequired'
const INVALID = 'requestFieldInvalid'
const PROBLEM_KEYS = { required: REQUIRED, invalid: INVALID, tooLong: 'requestFieldTooLong' } as const

// The form's fields as the edge checks them, refused in the form's own words.
const text = worded(
  { type: ['string', 'null'], maxLength: REQUEST_TEXT_MAX },
  { maxLength: PROBLEM_KEYS.tooLong, '*': INVALID },
)
const filled = worded(
  { type: 'string', minLength: 1, maxLength: REQUEST_TEXT_MAX },
  { required: REQUIRED, minLength: REQUIRED, maxLength: PROBLEM_KEYS.tooLong, '*': INVALID },
)

/** The public form's fields, as the edge checks them. */
const FORM_SCHEMA = {
  type: 'object',
  required: ['outlet', 'journalistName', 'subject'],
  properties: {
    outlet: filled,
    journalistName: filled,
    contactEmail: {
      ...worded({ type: ['string', 'null'], format: 'email' }, INVALID),
      description: 'Required from the public form; staff may enter a request received by phone without it.',
    },
    contactPhone: text,
    subject: filled,
    deadline: worded({ type: ['string', 'null'], format: 'date-time' }, INVALID),
    spokespersonWanted: text,
    territory: text,
    website: { type: 'string', description: 'Leave empty (honeypot).' },
  },
}

/** Staff entering a request by hand (the admin's form, REST, with `_payload` or JSON): Payload's own create, under its access rules. */
async function manualEntry(req: PayloadRequest): Promise<Response> {
  await addDataAndFileToRequest(req)
  const label = getTranslation(req.payload.collections['media-requests'].config.labels.singular, req.i18n)
  const created = await inTransaction(req, async () => {
    const doc = await req.payload.create({
      collection: 'media-requests',
      data: { ...(req.data ?? {}), receivedVia: 'manual' } as never,
      user: req.user,
      overrideAccess: false,
      req,
    })
    const body = { doc, message: req.t('general:successfullyCreated', { label }) }
    await keepOwnAnswer(req, 201, body)
    return body
  })
  return Response.json(created, { status: 201 })
}

/**
 * `POST /api/media-requests`: the public form for journalists (outlet, name, contact, subject,
 * deadline, spokesperson wanted, territory), limited per client address (429 with Retry-After),
 * validated (400 naming every field), `Idempotency-Key` honoured by the server in front; a filled
 * honeypot is answered like a real request and dropped. Signed-in staff who may create requests
 * use the same address for a manual entry.
 */
export function mediaRequestIntakeEndpoint(rule: RateLimit): Endpoint {
  const limited = formLimit('media-requests', rule, 'requestTooMany')
  return documented(
    {
      path: '/',
      method: 'post',
      handler: async (req) => {
        if (req.user && may(req.user.roles, 'media-requests', 'create')) return manualEntry(req)
        const tooMany = await limited(req)
        if (tooMany) return tooMany
        const body = (await req.json?.().catch(() => null)) as Record<string, unknown> | null
        const thanksBody = () => ({ message: translate(req, 'requestThanks') })
        const thanks = () => Response.json(thanksBody(), { status: 201 })
        if (body && typeof body === 'object' && isHoneypotFilled(body)) return thanks()
        const result = validateRequestIntake(body && typeof body === 'object' ? body : null, isEmail)
        if (!result.ok) {
          const messages = result.problems.map(({ field, problem }) => ({
            field,
            message: translate(req, PROBLEM_KEYS[problem], { field }),
          }))
          throw new APIError(messages.map((m) => m.message).join(' '), 400, messages)
        }
        await inTransaction(req, async () => {
          await req.payload.create({
            collection: 'media-requests',
            data: { ...result.intake, status: 'new', receivedVia: 'form' } as never,
            depth: 0,
            overrideAccess: true,
            req,
          })
          await keepOwnAnswer(req, 201, thanksBody())
        })
        return thanks()
      },
    },
    {
      summary: 'A journalist’s request (public form; staff: manual entry)',
      requestBody: {
        description: 'The request; staff entering one by hand may also send the admin’s form data (`_payload`).',
        content: {
          'application/json': { schema: FORM_SCHEMA },
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: {
                _payload: { type: 'string', contentMediaType: 'application/json', contentSchema: FORM_SCHEMA },
              },
            },
          },
        },
        required: true,
      },
      responses: {
        201: json('Received', { type: 'object', properties: { message: { type: 'string' } } }),
        ...errors(400, 429),
      },
    },
  )
}
