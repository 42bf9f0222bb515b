import { ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { keepOwnAnswer } from '../hooks/keepCreationAnswer'
import { translate } from '../i18n/translate'
import { now } from '../lib/clock'
import {
  HONEYPOT_FIELD,
  type IntakeError,
  isHoneypotFilled,
  QUESTION_AUDIENCES,
  SECTORS,
  TERRITORIES,
  TEXT_MAX,
  TEXT_MIN,
  validateIntake,
} from '../lib/questionIntake'
import { documented } from '../openapi/customEndpoints'
import { errors, json, worded } from '../openapi/operation'
import type { RateLimit } from '../lib/rateLimit'
import { formLimit } from '../server/formLimits'
import { inTransaction } from './inTransaction'

const INTAKE = {
  summary: 'Ask a question (public; limited per client address)',
  security: [{}],
  requestBody: {
    required: true,
    content: {
      'application/json': {
        // The public form shows the edge's refusals to the asker: in its own words.
        schema: worded(
          {
            type: 'object',
            required: ['text', 'sector', 'territory', 'audience'],
            properties: {
              text: worded({ type: 'string', minLength: TEXT_MIN, maxLength: TEXT_MAX }, 'questionLength'),
              sector: worded({ type: 'string', enum: [...SECTORS] }, 'questionOneOf'),
              territory: worded({ type: 'string', enum: [...TERRITORIES] }, 'questionOneOf'),
              audience: worded({ type: 'string', enum: [...QUESTION_AUDIENCES] }, 'questionOneOf'),
              [HONEYPOT_FIELD]: { type: 'string', description: 'Leave empty.' },
            },
          },
          { type: 'questionNotObject' },
        ),
      },
    },
  },
  responses: {
    '201': json('Received.', { type: 'object', required: ['message'], properties: { message: { type: 'string' } } }),
    ...errors(400, 429),
  },
}

const say =
  (req: PayloadRequest) =>
  (error: IntakeError): { path: string; message: string } => {
    const number = (n: number) => n.toLocaleString(req.i18n?.language === 'en' ? 'en' : 'fr')
    const message =
      error.problem === 'notObject'
        ? translate(req, 'questionNotObject')
        : error.problem === 'length'
          ? translate(req, 'questionLength', { min: error.min, max: number(error.max), got: error.got })
          : translate(req, 'questionOneOf', { field: error.path, allowed: error.allowed.join(', ') })
    return { path: error.path, message }
  }

/**
 * `POST /api/questions`, public: a business asks its question. Limited per client address (429
 * with Retry-After), validated (400 listing every problem), and a filled honeypot is answered
 * exactly like a real question and dropped, so a bot learns nothing. It replaces the standard
 * create route, which nobody may use for questions.
 */
export function questionIntakeEndpoint(rule: RateLimit): Endpoint {
  const limited = formLimit('questions', rule, 'questionTooMany')
  return documented(
    {
      path: '/',
      method: 'post',
      handler: async (req) => {
        const tooMany = await limited(req)
        if (tooMany) return tooMany
        const body = (await req.json?.().catch(() => null)) as Record<string, unknown> | null
        const thanks = { message: translate(req, 'questionThanks') }
        if (body && typeof body === 'object' && isHoneypotFilled(body)) return Response.json(thanks, { status: 201 })
        const result = validateIntake(body)
        if (!result.ok) throw new ValidationError({ collection: 'questions', errors: result.errors.map(say(req)), req })
        await inTransaction(req, async () => {
          await req.payload.create({
            collection: 'questions',
            data: { ...result.intake, askedAt: now().toISOString() },
            depth: 0,
            overrideAccess: true,
            req,
          })
          await keepOwnAnswer(req, 201, thanks)
        })
        return Response.json(thanks, { status: 201 })
      },
    },
    INTAKE,
  )
}
