import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { type MessageKey, say, translatorFor } from '../i18n/translate'
import { requestContract, type OpenApiDocument, type Violation } from '../openapi/contract'
import { openApiDocument } from '../openapi/document'
import { configRoutes, templates } from '../openapi/routes'
import { bufferedBodies, fetchHeaders } from './fetchBridge'

type Translate = (key: MessageKey, vars?: Record<string, unknown>) => string

const EXPECTED: [string, MessageKey][] = [
  ['format:date-time', 'expectedDate'],
  ['string', 'expectedText'],
  ['integer', 'expectedNumber'],
  ['number', 'expectedNumber'],
  ['boolean', 'expectedBoolean'],
  ['array', 'expectedRows'],
  ['object', 'expectedObject'],
]

/** The field's problem in the client's language, in the words the field checks have always used. */
function problemOf(violation: Violation, t: Translate): string {
  if (violation.keyword === 'required') return t('contractRequired')
  if (violation.keyword === 'additionalProperties') return t('contractNotAField')
  if (violation.keyword === 'enum')
    return `${t('expectedOption')} (${(violation.allowed ?? []).map((v) => JSON.stringify(v)).join(', ')})`
  const expected = EXPECTED.find(([type]) => violation.expected?.includes(type))
  return expected ? t(expected[1]) : t('contractInvalid', { detail: violation.message })
}

/**
 * The one validation step at the edge: each API request is checked against the operation the
 * published OpenAPI document gives for its method and path (path and query parameters, JSON body),
 * with the document's own JSON Schemas compiled once, before Payload reads it. A mismatch answers
 * 400 naming each field. Runs after the request guard, which has read the JSON body and `where`.
 */
export function contractGuard(payload: Payload, idType: 'number' | 'text'): RequestHandler {
  const { config } = payload
  let check: ReturnType<typeof requestContract> | undefined
  // Our endpoints check their own input, naming each problem in their own words: the edge leaves them to it.
  const own = new Set(
    configRoutes(config)
      .filter((route) => route.own)
      .flatMap((route) => templates(route.path).map((path) => `${route.method.toLowerCase()} ${path}`)),
  )
  return async (req, res, next) => {
    if (!req.path.startsWith('/api/') || req.path === '/api/graphql' || ['OPTIONS', 'HEAD'].includes(req.method))
      return next()
    // Payload reads such a POST as a GET of the same route (long queries, the admin's live preview).
    if (req.get('x-payload-http-method-override') === 'GET' || req.get('x-http-method-override') === 'GET')
      return next()
    check ??= requestContract(openApiDocument(config, idType) as unknown as OpenApiDocument)
    const operation = check(req.method, req.path)
    if (!operation || own.has(`${operation.method} ${operation.template}`)) return next()
    const url = new URL(req.originalUrl, 'http://localhost')
    const problems = operation.checkParameters(url.searchParams)
    const isJson = /^application\/json\b/.test(req.headers['content-type'] ?? '')
    const noBody =
      !req.headers['content-type'] &&
      !req.headers['transfer-encoding'] &&
      Number(req.headers['content-length'] ?? 0) === 0
    if (operation.checkBody && (isJson || noBody) && ['POST', 'PATCH', 'PUT'].includes(req.method)) {
      const buffered = bufferedBodies.get(req)
      const text = buffered?.toString('utf8').trim() ?? ''
      // Without a body, an operation is called with no fields: its required ones are then missing.
      const body = text ? (JSON.parse(text) as unknown) : operation.bodyRequired ? {} : undefined
      if (body !== undefined) problems.push(...operation.checkBody(body))
    }
    if (!problems.length) return next()
    const translator = await translatorFor(config, fetchHeaders(req))
    const t: Translate = (key, vars) => say(translator, key, vars)
    // Payload's own shape for a refused input, so that clients read one kind of 400.
    const errors = problems.map((violation) => ({
      path: violation.path,
      in: violation.in,
      message: t('fieldProblem', { path: violation.path || violation.in, problem: problemOf(violation, t) }),
    }))
    const message = errors.map((error) => error.message).join(' ')
    // A client's mistake: logged at info, without a stack, as every refusal.
    payload.logger.info(message)
    res
      .status(400)
      .setHeader('cache-control', 'no-store')
      .json({ errors: [{ name: 'ValidationError', message, data: { errors } }] })
  }
}
