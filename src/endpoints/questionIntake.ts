import { ValidationError, type Endpoint } from 'payload'

import { now } from '../lib/clock'
import {
  HONEYPOT_FIELD,
  isHoneypotFilled,
  QUESTION_AUDIENCES,
  SECTORS,
  TERRITORIES,
  TEXT_MAX,
  TEXT_MIN,
  validateIntake,
} from '../lib/questionIntake'
import { documented } from '../openapi/customEndpoints'
import { errors, json } from '../openapi/operation'
import { SlidingWindowLimiter, type RateLimit } from '../lib/rateLimit'
import { CLIENT_ADDRESS_HEADER } from '../server/fetchBridge'

const THANKS = { message: 'Thank you: your question has been received.' }

const INTAKE = {
  summary: 'Ask a question (public; limited per client address)',
  security: [{}],
  requestBody: {
    required: true,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['text', 'sector', 'territory', 'audience'],
          properties: {
            text: { type: 'string', minLength: TEXT_MIN, maxLength: TEXT_MAX },
            sector: { type: 'string', enum: [...SECTORS] },
            territory: { type: 'string', enum: [...TERRITORIES] },
            audience: { type: 'string', enum: [...QUESTION_AUDIENCES] },
            [HONEYPOT_FIELD]: { type: 'string', description: 'Leave empty.' },
          },
        },
      },
    },
  },
  responses: {
    '201': json('Received.', { type: 'object', required: ['message'], properties: { message: { type: 'string' } } }),
    ...errors(400, 429),
  },
}

/**
 * `POST /api/questions`, public: a business asks its question. Limited per client address (429
 * with Retry-After), validated (400 listing every problem), and a filled honeypot is answered
 * exactly like a real question and dropped, so a bot learns nothing. It replaces the standard
 * create route, which nobody may use for questions.
 */
export function questionIntakeEndpoint(rule: RateLimit): Endpoint {
  const limiter = new SlidingWindowLimiter(rule)
  return documented(
    {
      path: '/',
      method: 'post',
      handler: async (req) => {
        const verdict = limiter.hit(req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown', Date.now())
        if (!verdict.allowed) {
          return Response.json(
            {
              errors: [
                { message: `Too many questions from your address: try again in ${verdict.retryAfterSeconds} seconds.` },
              ],
            },
            { status: 429, headers: { 'Retry-After': String(verdict.retryAfterSeconds) } },
          )
        }
        const body = (await req.json?.().catch(() => null)) as Record<string, unknown> | null
        if (body && typeof body === 'object' && isHoneypotFilled(body)) return Response.json(THANKS, { status: 201 })
        const result = validateIntake(body)
        if (!result.ok) throw new ValidationError({ collection: 'questions', errors: result.errors, req })
        await req.payload.create({
          collection: 'questions',
          data: { ...result.intake, askedAt: now().toISOString() },
          depth: 0,
          overrideAccess: true,
          req,
        })
        return Response.json(THANKS, { status: 201 })
      },
    },
    INTAKE,
  )
}
