import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import type { RequestProblem } from '../i18n/server'
import { MAX_UPLOAD_BYTES } from '../lib/uploadPolicy'
import { withFrameAncestors } from './securityHeaders'

export type FetchHandler = (request: Request) => Promise<Response>
/** Writes a handler's Response to express's response; the HTTP cache substitutes its own. */
export type Respond = (req: ExpressRequest, res: ExpressResponse, response: Response) => Promise<void>

/** Bodies a middleware had to read before the handler (GraphQL): replayed to the handler as they came. */
export const bufferedBodies = new WeakMap<ExpressRequest, Buffer>()
/**
 * JSON bodies as the request guard parsed them: later checks read them without decoding the bytes
 * again (a body of a few megabytes of accented text took longer to decode than to check).
 */
export const parsedBodies = new WeakMap<ExpressRequest, object>()

/**
 * The body, read once (a middleware before may have read it already) and kept for the handler;
 * past `limit` bytes, an error with status 413.
 */
export async function readBody(req: ExpressRequest, limit = MAX_UPLOAD_BYTES): Promise<Buffer> {
  const buffered = bufferedBodies.get(req)
  if (buffered) return buffered
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit)
      throw Object.assign(new Error(`Bodies are limited to ${limit} bytes.`), {
        status: 413,
        problem: { key: 'bodyTooLarge', vars: { bytes: limit } } satisfies RequestProblem,
      })
    chunks.push(chunk as Buffer)
  }
  const body = Buffer.concat(chunks)
  bufferedBodies.set(req, body)
  return body
}

/**
 * The client's address as express sees it (the socket, or X-Forwarded-For when TRUST_PROXY is on),
 * passed on to Payload, which otherwise has no notion of it. A client sending this header itself
 * has it replaced.
 */
export const CLIENT_ADDRESS_HEADER = 'x-newsroom-client-address'

/** An express request's headers as the WHATWG `Headers` Payload reads. */
export function fetchHeaders(req: ExpressRequest): Headers {
  const headers = new Headers()
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1])
  return headers
}

/** Express request → WHATWG Request, streaming the body: nothing is buffered or parsed on the way. */
export function toFetchRequest(req: ExpressRequest): Request {
  const headers = fetchHeaders(req)
  headers.set(CLIENT_ADDRESS_HEADER, req.ip ?? req.socket.remoteAddress ?? 'unknown')
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  const buffered = bufferedBodies.get(req)
  return new Request(`${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`, {
    method: req.method,
    headers,
    body: !hasBody ? undefined : buffered ? new Uint8Array(buffered) : (Readable.toWeb(req) as ReadableStream),
    // Required by undici for a streamed request body.
    duplex: 'half',
  } as RequestInit)
}

export async function sendFetchResponse(
  response: Response,
  res: ExpressResponse,
  overrides: Record<string, string> = {},
): Promise<void> {
  res.status(response.status)
  for (const [name, value] of response.headers) {
    if (name === 'content-security-policy') res.setHeader(name, withFrameAncestors(value))
    else if (name !== 'set-cookie') res.setHeader(name, value)
  }
  for (const [name, value] of Object.entries(overrides)) res.setHeader(name, value)
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as NodeReadableStream)
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('error', reject)
  })
}

/** Mounts a fetch-style handler (Payload's REST and GraphQL) on express. */
export function fetchBridge(
  handler: FetchHandler,
  respond: Respond = (_req, res, response) => sendFetchResponse(response, res),
): RequestHandler {
  return async (req, res, next) => {
    try {
      await respond(req, res, await handler(toFetchRequest(req)))
    } catch (error) {
      next(error)
    }
  }
}
