import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/**
 * What every fake receiver shares: a real HTTP server on 127.0.0.1 (free port), a record of each
 * request, canned answers queued with `script`, a `hang` switch, a bearer-key check and `waitFor`.
 * A request is recorded before it is answered, so once the sender has its answer, it is here.
 */

export type ReceivedRequest = {
  method: string
  /** Path and query, as sent. */
  path: string
  /** Header names in lower case. */
  headers: IncomingHttpHeaders
  rawBody: string
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown
  receivedAt: Date
}

export type CannedResponse = {
  status: number
  headers?: Record<string, string>
  /** A string is sent as is; anything else as JSON. */
  body?: unknown
  /** Never answer this one. */
  hang?: boolean
}

/** A canned answer, or one built from the request it answers. */
export type Scripted<R extends ReceivedRequest = ReceivedRequest> = CannedResponse | ((request: R) => CannedResponse)

export type ReceiverOptions = {
  /** The bearer key expected in `Authorization`; other requests are answered 401. None: no check. */
  apiKey?: string
  /** Never answer any request (to test timeouts). Can be switched later with `receiver.hang`. */
  hang?: boolean
}

export type Started = { url: string; close: () => Promise<void> }

/** A request that departs from the provider's documented shape, and how. */
export type SchemaViolation<R extends ReceivedRequest = ReceivedRequest> = { request: R; problems: string[] }

/**
 * Checks a request against the provider's documented shape (tests/helpers/receivers/schemas): null when
 * it conforms, else its problems and the answer the real API gives such a request (a 400, mostly).
 */
export type Conformance<R extends ReceivedRequest> = (
  request: R,
) => { problems: string[]; refusal: CannedResponse } | null

export type Receiver<R extends ReceivedRequest = ReceivedRequest> = {
  /** Every request received so far, in order (refused ones too). */
  requests: R[]
  /** The requests that did not match the provider's documented shape (refused as the provider would). */
  schemaViolations: SchemaViolation<R>[]
  /** Queues answers for the next requests, in order; then the service's normal answers resume. */
  script: (...responses: Scripted<R>[]) => void
  hang: boolean
  /** The URL once started. */
  url: string
  start: () => Promise<Started>
  close: () => Promise<void>
  /** Resolves with the requests once there are at least `count` of them. */
  waitFor(count: number): Promise<R[]>
  /** Resolves with the first request (already received or to come) that matches. */
  waitFor(match: (request: R) => boolean): Promise<R>
}

/**
 * Builds a receiver. `enrich` adds service-specific fields to each recorded request (the webhook
 * receiver's `verified`); `handle` gives the service's normal answer once the key has been checked
 * and no scripted answer is waiting. `conformance` checks each request's shape before either: a
 * scripted answer stands for what the service does with a well-formed request.
 */
export function createReceiver<R extends ReceivedRequest>(
  options: ReceiverOptions,
  enrich: (request: ReceivedRequest) => R,
  handle: (request: R) => CannedResponse,
  conformance?: Conformance<R>,
): Receiver<R> {
  const requests: R[] = []
  const schemaViolations: SchemaViolation<R>[] = []
  const queue: Scripted<R>[] = []
  const waiters: { ready: () => boolean; resolve: () => void }[] = []
  const sockets = new Set<Socket>()
  let server: ReturnType<typeof createServer> | null = null

  const notify = () => {
    for (const waiter of [...waiters]) {
      if (waiter.ready()) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve()
      }
    }
  }

  const answer = (request: R): CannedResponse | null => {
    if (receiver.hang) return null
    if (options.apiKey !== undefined && request.headers.authorization !== `Bearer ${options.apiKey}`) {
      return { status: 401, body: { error: 'invalid or missing API key' } }
    }
    const refused = conformance?.(request)
    if (refused) {
      schemaViolations.push({ request, problems: refused.problems })
      return refused.refusal
    }
    const next = queue.shift()
    const response = next === undefined ? handle(request) : typeof next === 'function' ? next(request) : next
    return response.hang ? null : response
  }

  const receiver: Receiver<R> = {
    requests,
    schemaViolations,
    script: (...responses) => {
      queue.push(...responses)
    },
    hang: options.hang ?? false,
    url: '',
    start: async () => {
      if (server) throw new Error('receiver already started')
      server = createServer((req, res) => {
        const chunks: Buffer[] = []
        req.on('data', (chunk: Buffer) => chunks.push(chunk))
        req.on('end', () => {
          const rawBody = Buffer.concat(chunks).toString('utf8')
          const request = enrich({
            method: req.method ?? 'GET',
            path: req.url ?? '/',
            headers: req.headers,
            rawBody,
            json: parseJson(rawBody),
            receivedAt: new Date(),
          })
          requests.push(request)
          const response = answer(request)
          notify()
          if (response) send(res, response)
        })
      })
      server.on('connection', (socket) => {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket))
      })
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject)
        server!.listen(0, '127.0.0.1', () => resolve())
      })
      receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      return { url: receiver.url, close: receiver.close }
    },
    close: async () => {
      if (!server) return
      const closing = server
      server = null
      // Hanging requests hold their sockets open: end them, or close() would wait forever.
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => closing.close(() => resolve()))
    },
    waitFor: ((target: number | ((request: R) => boolean)) => {
      if (typeof target === 'number') {
        return new Promise<R[]>((resolve) => {
          const ready = () => requests.length >= target
          if (ready()) resolve(requests)
          else waiters.push({ ready, resolve: () => resolve(requests) })
        })
      }
      return new Promise<R>((resolve) => {
        const ready = () => requests.some(target)
        if (ready()) resolve(requests.find(target)!)
        else waiters.push({ ready, resolve: () => resolve(requests.find(target)!) })
      })
    }) as Receiver<R>['waitFor'],
  }
  return receiver
}

/** A fresh id per receiver: `prefix_1`, `prefix_2`… */
export function idSequence(prefix: string): () => string {
  let n = 0
  return () => `${prefix}_${++n}`
}

function send(res: ServerResponse, response: CannedResponse): void {
  const isText = typeof response.body === 'string'
  const body = response.body === undefined ? '' : isText ? (response.body as string) : JSON.stringify(response.body)
  const headers: Record<string, string> = { ...response.headers }
  if (body && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
    headers['content-type'] = isText ? 'text/plain; charset=utf-8' : 'application/json'
  }
  res.writeHead(response.status, headers)
  res.end(body)
}

function parseJson(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
