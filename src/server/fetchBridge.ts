import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

type FetchHandler = (request: Request) => Promise<Response>

/**
 * The client's address as express sees it (the socket, or X-Forwarded-For when TRUST_PROXY is on),
 * passed on to Payload, which otherwise has no notion of it. A client sending this header itself
 * has it replaced.
 */
export const CLIENT_ADDRESS_HEADER = 'x-newsroom-client-address'

/** Express request → WHATWG Request, streaming the body: nothing is buffered or parsed on the way. */
export function toFetchRequest(req: ExpressRequest): Request {
  const headers = new Headers()
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1])
  headers.set(CLIENT_ADDRESS_HEADER, req.ip ?? req.socket.remoteAddress ?? 'unknown')
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(`${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    // Required by undici for a streamed request body.
    duplex: 'half',
  } as RequestInit)
}

export async function sendFetchResponse(response: Response, res: ExpressResponse): Promise<void> {
  res.status(response.status)
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value)
  }
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
export function fetchBridge(handler: FetchHandler): RequestHandler {
  return async (req, res, next) => {
    try {
      await sendFetchResponse(await handler(toFetchRequest(req)), res)
    } catch (error) {
      next(error)
    }
  }
}
