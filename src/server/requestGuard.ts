import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { type MessageKey, say, translatorFor } from '../i18n/translate'
import { isNumericId, parseJsonBody, paginationProblem, whereQuery } from '../lib/requestChecks'
import { MAX_UPLOAD_BYTES } from '../lib/uploadPolicy'
import { apiRoutes } from './apiRoutes'
import { bufferedBodies, fetchHeaders, parsedBodies } from './fetchBridge'

const refuse = (res: Parameters<RequestHandler>[1], status: number, message: string) =>
  res
    .status(status)
    .setHeader('cache-control', 'no-store')
    .json({ errors: [{ message }] })

/** Payload's create and update routes: a write sent without a body means "no fields", as `{}` does. */
const DOCUMENT_WRITES = new Set(['post /', 'patch /', 'patch /:id'])

/**
 * Checks the shape of API requests before Payload reads them: `where` an object, methods a route
 * answers, pagination within range, document ids of the database's kind, JSON bodies that are
 * objects. Payload answers each of these with a 500.
 */
export function requestGuard(config: SanitizedConfig, idType: 'number' | 'text'): RequestHandler {
  const routes = apiRoutes(config)
  const translate = async (req: Parameters<RequestHandler>[0], key: MessageKey, vars?: Record<string, unknown>) =>
    say(await translatorFor(config, fetchHeaders(req)), key, vars)
  return async (req, res, next) => {
    if (!req.path.startsWith('/api/') || req.path === '/api/graphql' || req.method === 'OPTIONS') return next()
    const url = new URL(req.originalUrl, 'http://localhost')
    const where = whereQuery(url.search.slice(1))
    if (where === 'invalid') return refuse(res, 400, await translate(req, 'whereNotObject'))
    if (where.search !== url.search.slice(1)) req.url = req.originalUrl = `${url.pathname}?${where.search}`
    const [first, ...rest] = req.path.slice('/api/'.length).split('/')
    const slug = first === 'globals' ? `globals/${rest.shift()}` : first
    const route = routes(slug, effectiveMethod(req), `/${rest.join('/')}`)
    if (route) {
      if (!route.endpoint && !route.allowed.length)
        return refuse(res, 404, await translate(req, 'nothingHere', { path: req.path }))
      if (!route.endpoint && route.allowed.length) {
        res.setHeader('allow', [...route.allowed, 'OPTIONS'].join(', '))
        const vars = { method: effectiveMethod(req), path: req.path, allowed: route.allowed.join(', ') }
        return refuse(res, 405, await translate(req, 'methodNotAllowed', vars))
      }
      // Payload's own lists; the collections' custom endpoints check their parameters themselves.
      const list = route.endpoint?.path === '/' || route.endpoint?.path === '/versions'
      const problem = list ? paginationProblem(new URLSearchParams(where.search)) : null
      if (problem) return refuse(res, 400, await translate(req, problem.key, problem.vars))
      const id = route.endpoint?.params.id
      if (idType === 'number' && id !== undefined && !isNumericId(id)) {
        const vars = { id: decodeSafely(id).slice(0, 40), collection: slug }
        return refuse(res, 404, await translate(req, 'idNotWhole', vars))
      }
      const write = route.endpoint && DOCUMENT_WRITES.has(`${req.method.toLowerCase()} ${route.endpoint.path}`)
      if (write && withoutBody(req)) {
        bufferedBodies.set(req, Buffer.from('{}'))
        req.rawHeaders.push('Content-Type', 'application/json')
        return next()
      }
    }
    if (
      !['POST', 'PATCH', 'PUT'].includes(req.method) ||
      !/^application\/json\b/.test(req.headers['content-type'] ?? '')
    )
      return next()
    readBody(req, res, next, translate)
  }
}

/** Payload reads a POST marked `X-Payload-HTTP-Method-Override: GET` as a GET (long queries; the admin's live preview). */
function effectiveMethod(req: Parameters<RequestHandler>[0]): string {
  const override = req.get('x-payload-http-method-override') ?? req.get('x-http-method-override')
  return req.method === 'POST' && override === 'GET' ? 'GET' : req.method
}

const withoutBody = (req: Parameters<RequestHandler>[0]) =>
  !req.headers['content-type'] && !req.headers['transfer-encoding'] && Number(req.headers['content-length'] ?? 0) === 0

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

type Translate = (
  req: Parameters<RequestHandler>[0],
  key: MessageKey,
  vars?: Record<string, unknown>,
) => Promise<string>

/** Reads a JSON body once, checks it, and hands the same bytes on to Payload. */
const readBody = (...[req, res, next, translate]: [...Parameters<RequestHandler>, Translate]) => {
  const chunks: Buffer[] = []
  let size = 0
  let tooLarge = false
  req.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size > MAX_UPLOAD_BYTES) tooLarge = true
    else chunks.push(chunk)
  })
  req.once('error', next)
  const checked = async () => {
    if (tooLarge)
      return refuse(
        res.set('connection', 'close'),
        413,
        await translate(req, 'jsonBodyTooLarge', { bytes: MAX_UPLOAD_BYTES }),
      )
    const body = Buffer.concat(chunks)
    const { body: parsed, problem } = parseJsonBody(body.toString('utf8'))
    if (problem) return refuse(res, 400, await translate(req, problem.key, problem.vars))
    bufferedBodies.set(req, body)
    if (parsed) parsedBodies.set(req, parsed)
    next()
  }
  req.once('end', () => void checked().catch(next))
}
