import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { Payload, SanitizedCollectionConfig } from 'payload'

import { i18nFor, say } from '../i18n/translate'
import { MAX_UPLOAD_BYTES } from '../lib/uploadPolicy'
import type { OperationCheck, Violation } from '../openapi/contract'
import { fieldErrors, refusalMessage, type Translate } from '../openapi/refusal'
import { configRoutes, templates } from '../openapi/routes'
import { compiledContract, tolerated } from '../openapi/writeInput'
import { bufferedBodies, fetchHeaders, parsedBodies, readBody } from './fetchBridge'
import { ENVELOPE_BYTES, tooLarge } from './uploadSizeGuard'

const WRITES = ['POST', 'PATCH', 'PUT']
/** A body that is not JSON, as a schema sees it: a text, not the object it asks for. */
const NOT_JSON = 'not JSON'

const overridden = (req: Request) =>
  req.get('x-payload-http-method-override') === 'GET' || req.get('x-http-method-override') === 'GET'

const noBody = (req: Request) =>
  !req.headers['content-type'] && !req.headers['transfer-encoding'] && Number(req.headers['content-length'] ?? 0) === 0

/**
 * The body as Payload will read it: JSON, or the admin's form data, the document as JSON in the
 * multipart field `_payload` (files beside it are Payload's to read). Undefined: nothing to check.
 * Our own endpoints read JSON, and form data only where their operation publishes it (the admin's
 * `_payload`): any other body (form-urlencoded, text, form data elsewhere) is, for them, not the
 * object their schema asks for, and is checked as such.
 */
async function bodyOf(
  req: Request,
  operation: OperationCheck,
  own: boolean,
): Promise<{ body: unknown; adminForm: boolean }> {
  const type = req.headers['content-type'] ?? ''
  if (/^application\/json\b/.test(type) || noBody(req)) {
    const parsed = parsedBodies.get(req)
    const text = parsed ? '' : (bufferedBodies.get(req)?.toString('utf8').trim() ?? '')
    // Without a body, an operation is called with no fields: its required ones are then missing.
    const body = parsed ?? (text ? (JSON.parse(text) as unknown) : operation.bodyRequired ? {} : undefined)
    return { body, adminForm: false }
  }
  const formData = /^multipart\/form-data\b/.test(type)
  if (!formData || (own && !operation.formData)) return { body: own ? NOT_JSON : undefined, adminForm: false }
  const form = await new Response(new Uint8Array(await readBody(req, MAX_UPLOAD_BYTES + ENVELOPE_BYTES)), {
    headers: { 'content-type': type },
  })
    .formData()
    .catch(() => null)
  const data = form?.get('_payload')
  // Without `_payload`, our endpoints read no fields at all.
  if (typeof data !== 'string') return { body: own ? {} : undefined, adminForm: true }
  try {
    return { body: JSON.parse(data) as unknown, adminForm: true }
  } catch {
    return { body: NOT_JSON, adminForm: true }
  }
}

/**
 * The one validation step at the edge: each API request is checked against the operation the
 * published OpenAPI document gives for its method and path (path and query parameters, the body
 * as JSON or as the admin's `_payload`), with the document's own JSON Schemas compiled once,
 * before Payload reads it. A mismatch answers 400 naming each field. Runs after the request guard,
 * which has read the JSON body and `where`. GraphQL and Local API writes meet the same schemas in
 * the write hook (`src/plugins/writeContract.ts`).
 */
export function contractGuard(payload: Payload, idType: 'number' | 'text'): RequestHandler {
  const { config } = payload
  // Every route, ours included, is checked against the schemas its description publishes; ours read JSON only.
  const own = new Set(
    configRoutes(config)
      .filter((route) => route.own)
      .flatMap((route) => templates(route.path).map((path) => `${route.method.toLowerCase()} ${path}`)),
  )
  const collections = new Map<string, SanitizedCollectionConfig>(config.collections.map((c) => [c.slug, c]))
  const contract = compiledContract(config, idType)
  /** Answers 400 naming each field, in the client's language; or hands on a request that matches. */
  const refuseOrNext = async (problems: Violation[], req: Request, res: Response, next: NextFunction) => {
    if (!problems.length) return next()
    const { t: translator, language } = await i18nFor(config, fetchHeaders(req))
    const t: Translate = (key, vars) => say(translator, key, vars)
    // Payload's own shape for a refused input, so that clients read one kind of 400.
    const errors = fieldErrors(problems, t, language)
    const message = refusalMessage(errors)
    // A client's mistake: logged at info, without a stack, as every refusal.
    payload.logger.info(message)
    res
      .status(400)
      .setHeader('cache-control', 'no-store')
      .json({ errors: [{ name: 'ValidationError', message, data: { errors } }] })
  }
  return async (req, res, next) => {
    if (!req.path.startsWith('/api/') || req.path === '/api/graphql' || ['OPTIONS', 'HEAD'].includes(req.method))
      return next()
    const url = new URL(req.originalUrl, 'http://localhost')
    // Payload reads such a POST as a GET of the same route (long queries, the admin's live preview),
    // its query from a form-encoded body. Ours are checked as that GET; Payload's, as before, by the request guard.
    if (req.method === 'POST' && overridden(req)) {
      const operation = contract.operation('GET', req.path)
      if (!operation || !own.has(`get ${operation.template}`)) return next()
      const form = /^application\/x-www-form-urlencoded\b/.test(req.headers['content-type'] ?? '')
      const query = form ? new URLSearchParams((await readBody(req)).toString('utf8')) : url.searchParams
      return refuseOrNext(operation.checkParameters(query), req, res, next)
    }
    const operation = contract.operation(req.method, req.path)
    if (!operation) return next()
    const problems: Violation[] = operation.checkParameters(url.searchParams)
    if (operation.checkBody && WRITES.includes(req.method)) {
      const ours = own.has(`${operation.method} ${operation.template}`)
      const read = await bodyOf(req, operation, ours).catch((error: { status?: number }) => {
        if (error.status !== 413) throw error
        return null
      })
      // A body without a declared length, cut at the limit (a declared one is refused before it is read).
      if (!read)
        return res
          .set('connection', 'close')
          .status(413)
          .json({ errors: [{ message: await tooLarge(config, req) }] })
      const { body, adminForm } = read
      const collection = collections.get(operation.template.split('/')[2])
      const draft = url.searchParams.get('draft') === 'true'
      const allowed = collection && tolerated(collection, { draft, adminForm })
      if (body !== undefined) problems.push(...operation.checkBody(body, allowed))
    }
    return refuseOrNext(problems, req, res, next)
  }
}
