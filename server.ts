import type { Express, RequestHandler } from 'express'
import type { AddressInfo } from 'node:net'
import { pathToFileURL } from 'node:url'
import { getPayload, type Payload } from 'payload'

import { deliverySettings } from './src/distribution/settings'
import { type DeliveryWorker, startDeliveryWorker } from './src/outbox/worker'
import { buildApp } from './src/server/app'
import { frontEndServices } from './src/server/frontEnd'
import { shutDown } from './src/server/lifecycle'
import { frontEndSettings } from './src/server/settings'

export type StartOptions = {
  port?: number
  /** Serve the admin UI through Next (dev or the production build); false serves only the API. */
  next?: false | { dev: boolean }
  /** Runs once the database is connected and before the port opens (migrations, seed). */
  beforeListen?: (payload: Payload) => Promise<void>
  /** Send the outbox's deliveries from this process (default: unless DELIVERY_WORKER=false). */
  deliveries?: boolean
}

const KEEP_ALIVE_MS = 65_000

export type RunningServer = {
  url: string
  payload: Payload
  app: Express
  worker?: DeliveryWorker
  close: () => Promise<void>
}

async function nextRequestHandler(dev: boolean): Promise<RequestHandler> {
  const { default: next } = await import('next')
  const app = next({ dev, dir: process.cwd() })
  await app.prepare()
  const handle = app.getRequestHandler()
  return (req, res) => handle(req, res)
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  // Imported here so that a configuration error (bad DATABASE_URI, missing secret) reaches the
  // caller as an error to report in one line, not as a crash while loading modules.
  const { default: config } = await import('./payload.config')
  const settings = frontEndSettings(process.env)
  const payload = await getPayload({ config })
  await options.beforeListen?.(payload)
  const nextHandler = options.next ? await nextRequestHandler(options.next.dev) : undefined
  const services = frontEndServices(payload, settings)
  const app = buildApp({ payload, config, settings, services, nextHandler })
  const server = app.listen(options.port ?? 0)
  // Node closes an idle keep-alive connection after 5 s, which races a client (or a load balancer,
  // idle for up to 60 s) reusing it: the request is lost as "socket hang up". Outlive their timeouts.
  server.keepAliveTimeout = KEEP_ALIVE_MS
  server.headersTimeout = KEEP_ALIVE_MS + 1000
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject))
  const { port } = server.address() as AddressInfo
  const worker =
    (options.deliveries ?? process.env.DELIVERY_WORKER !== 'false')
      ? startDeliveryWorker(payload, deliverySettings())
      : undefined
  const closeServices = async () => {
    await worker?.stop()
    await services.close()
  }
  return {
    url: `http://127.0.0.1:${port}`,
    payload,
    app,
    worker,
    close: () => shutDown(server, payload, closeServices),
  }
}

/**
 * `npm run dev` (Next in development mode, demo content on first run) and `npm start` (production
 * build). Both apply pending migrations before the port opens.
 */
async function main(): Promise<void> {
  const { migrateDatabase } = await import('./src/db/migrate')
  const { seedIfEmpty } = await import('./src/seed')
  const dev = process.env.NODE_ENV !== 'production'
  const port = Number(process.env.PORT || 3000)
  const running = await startServer({
    port,
    next: process.env.SERVE_ADMIN === 'false' ? false : { dev },
    beforeListen: async (payload) => {
      await migrateDatabase(payload)
      if (dev) await seedIfEmpty(payload)
    },
  })

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    running.payload.logger.info(`${signal}: no new connections, finishing in-flight requests`)
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        running.payload.logger.error({ err: error, msg: 'shutdown failed' })
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
  // Said once the signals are handled: a SIGTERM sent as soon as the server is ready drains it too.
  running.payload.logger.info(`Newsroom ready on http://localhost:${port} (admin: http://localhost:${port}/admin)`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
