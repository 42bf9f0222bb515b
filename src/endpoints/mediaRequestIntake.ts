import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadRequest } from 'payload'

import { getTranslation } from '@payloadcms/translations'

import { keepOwnAnswer } from '../hooks/keepCreationAnswer'
import { translate } from '../i18n/translate'
import { may } from '../lib/permissions'
import { isEmail } from '../lib/press/contacts'
import { isHoneypotFilled, validateRequestIntake } from '../lib/press/requestFlow'
import type { RateLimit } from '../lib/rateLimit'
import { formLimit } from '../server/formLimits'
import { documented } from '../openapi/customEndpoints'
import { errors, json } from '../openapi/operation'
import { inTransaction } from './inTransaction'

const PROBLEM_KEYS = {
  required: 'requestFieldRequired',
  invalid: 'requestFieldInvalid',
  tooLong: 'requestFieldTooLong',
} as const

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
      requestBody: json('The request', {
        type: 'object',
        required: ['outlet', 'journalistName', 'contactEmail', 'subject'],
        properties: {
          outlet: { type: 'string' },
          journalistName: { type: 'string' },
          contactEmail: { type: 'string', format: 'email' },
          contactPhone: { type: 'string' },
          subject: { type: 'string', maxLength: 2000 },
          deadline: { type: 'string', format: 'date-time' },
          spokespersonWanted: { type: 'string' },
          territory: { type: 'string' },
          website: { type: 'string', description: 'Leave empty (honeypot).' },
        },
      }),
      responses: {
        201: json('Received', { type: 'object', properties: { message: { type: 'string' } } }),
        ...errors(400, 429),
      },
    },
  )
}
