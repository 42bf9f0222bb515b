import { AsyncLocalStorage } from 'node:async_hooks'
import type { LoggerOptions } from 'pino'

import { mapLoggedError } from './bundleStackTraces'

/** The request being served, for every log line written while serving it. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>()

export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId

type Logged = { err?: { status?: unknown; message?: unknown } }

/** An error a client caused (4xx): their mistake, not ours. */
const clientError = (entry: unknown): entry is Required<Logged> => {
  const status = Number((entry as Logged | null)?.err?.status)
  return status >= 400 && status < 500
}

/**
 * Payload logs every error a route throws at level error with its stack, refusals included. A
 * refusal (4xx) is written at info, without the stack; a fault of ours (5xx) stays an error. Every
 * line written while serving a request carries its id, which the answer carries too (X-Request-Id).
 * A logged error's stack points at the sources, not at the compiled server.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    mixin: () => {
      const requestId = currentRequestId()
      return requestId ? { requestId } : {}
    },
    hooks: {
      logMethod(args, method, levelValue) {
        const [entry] = args
        if (levelValue >= 50 && clientError(entry))
          return this.info({ status: Number(entry.err.status), msg: String(entry.err.message) })
        mapLoggedError(entry instanceof Error ? entry : (entry as Logged | null)?.err)
        return method.apply(this, args)
      },
    },
  }
}
