import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { isNumericId, jsonBodyProblem, paginationProblem } from '../lib/requestChecks'
import { MAX_UPLOAD_BYTES } from '../lib/uploadPolicy'
import { bufferedBodies } from './fetchBridge'

const refuse = (res: Parameters<RequestHandler>[1], status: number, message: string) => res.status(status).setHeader('cache-control', 'no-store').json({ errors: [{ message }] })

/** Per collection, the words that stand where an id would (`/api/users/login`, `/api/articles/versions`). */
function staticSegments(config: SanitizedConfig): Map<string, Set<string>> {
  return new Map(
    config.collections.map((collection) => [
      collection.slug,
      new Set((collection.endpoints || []).map((endpoint) => endpoint.path.split('/')[1]).filter((segment) => segment && !segment.startsWith(':'))),
    ]),
  )
}

/**
 * Checks the shape of API requests before Payload reads them: pagination within range, document ids
 * of the database's kind, JSON bodies that are objects. Payload answers each of these with a 500.
 */
export function requestGuard(config: SanitizedConfig, idType: 'number' | 'text'): RequestHandler {
  const statics = staticSegments(config)
  return (req, res, next) => {
    if (!req.path.startsWith('/api/') || req.path === '/api/graphql') return next()
    const [slug, segment] = req.path.slice('/api/'.length).split('/')
    const known = statics.get(slug)
    if (known) {
      // Payload's own lists; the collections' custom endpoints check their parameters themselves.
      const list = segment === undefined || segment === '' || segment === 'versions'
      const problem = list ? paginationProblem(new URL(req.originalUrl, 'http://localhost').searchParams) : null
      if (problem) return refuse(res, 400, problem)
      if (idType === 'number' && segment && !known.has(segment) && !isNumericId(segment)) {
        return refuse(res, 404, `No document "${decodeSafely(segment).slice(0, 40)}" in ${slug}: ids are whole numbers.`)
      }
    }
    if (!['POST', 'PATCH', 'PUT'].includes(req.method) || !/^application\/json\b/.test(req.headers['content-type'] ?? '')) return next()
    readBody(req, res, next)
  }
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** Reads a JSON body once, checks it, and hands the same bytes on to Payload. */
const readBody: RequestHandler = (req, res, next) => {
  const chunks: Buffer[] = []
  let size = 0
  let tooLarge = false
  req.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size > MAX_UPLOAD_BYTES) tooLarge = true
    else chunks.push(chunk)
  })
  req.once('error', next)
  req.once('end', () => {
    if (tooLarge) return refuse(res.set('connection', 'close'), 413, `JSON bodies are limited to ${MAX_UPLOAD_BYTES} bytes.`)
    const body = Buffer.concat(chunks)
    const problem = jsonBodyProblem(body.toString('utf8'))
    if (problem) return refuse(res, 400, problem)
    bufferedBodies.set(req, body)
    next()
  })
}
