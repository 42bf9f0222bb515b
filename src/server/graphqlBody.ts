import type { Request, RequestHandler } from 'express'
import { getOperationAST, parse, type OperationTypeNode } from 'graphql'
import type { SanitizedConfig } from 'payload'

import { say, translatorFor } from '../i18n/translate'
import { bufferedBodies, fetchHeaders, parsedBodies } from './fetchBridge'

const MAX_BODY_BYTES = 1024 * 1024

/** A query or a mutation, and the root fields it asks for. */
export type GraphqlOperation = { operation?: OperationTypeNode; fields: string[] }

const operations = new WeakMap<Request, GraphqlOperation>()

/** What a GraphQL request asks for (read from its body once): a query or a mutation, and of what. */
export const graphqlOperationOf = (req: Request): GraphqlOperation | undefined => operations.get(req)

function parsedJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    return undefined
  }
}

function describe(body: unknown): GraphqlOperation {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown }
  if (typeof query !== 'string') return { fields: [] }
  try {
    const operation = getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined)
    if (!operation) return { fields: [] }
    const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []))
    return { operation: operation.operation, fields }
  } catch {
    // Payload answers malformed queries itself, with the parser's message.
    return { fields: [] }
  }
}

/**
 * Reads JSON GraphQL bodies before Payload does, so that the rate limits can tell a login mutation
 * from a query and the cache can key anonymous queries; Payload then gets the same bytes.
 */
export const graphqlBody =
  (config: SanitizedConfig): RequestHandler =>
  async (req, res, next) => {
    if (
      req.method !== 'POST' ||
      req.path !== '/api/graphql' ||
      !/^application\/json\b/.test(req.headers['content-type'] ?? '')
    )
      return next()
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      const message = say(await translatorFor(config, fetchHeaders(req)), 'graphqlTooLarge', { bytes: MAX_BODY_BYTES })
      res.status(413).json({ errors: [{ message }] })
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.once('error', next)
    req.once('end', () => {
      const body = Buffer.concat(chunks)
      bufferedBodies.set(req, body)
      const parsed = parsedJson(body)
      if (typeof parsed === 'object' && parsed !== null) parsedBodies.set(req, parsed)
      operations.set(req, describe(parsed))
      next()
    })
  }

/**
 * The media type Payload's GraphQL answers in for this Accept header (graphql-http's choice,
 * first acceptable entry wins); undefined when it would refuse the request.
 */
export function graphqlMediaType(accept: string | undefined): string | undefined {
  for (const entry of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [mediaType, ...params] = entry.split(';')
    const charset = params.find((param) => param.includes('charset=')) ?? 'charset=utf-8'
    if (mediaType === 'application/graphql-response+json' && charset === 'charset=utf-8')
      return 'application/graphql-response+json; charset=utf-8'
    if (
      ['application/json', 'application/*', '*/*'].includes(mediaType) &&
      ['charset=utf-8', 'charset=utf8'].includes(charset)
    )
      return 'application/json; charset=utf-8'
  }
  return undefined
}
