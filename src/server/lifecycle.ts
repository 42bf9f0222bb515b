import type { Server } from 'node:http'
import type { Payload } from 'payload'

import { closeDatabase } from '../db/closeDatabase'
import { repairsSettled } from '../readModel/build'

/** How long in-flight requests may take to finish once a shutdown starts (`SHUTDOWN_GRACE_MS`). */
export const shutdownGraceMs = (env: NodeJS.ProcessEnv = process.env) => Number(env.SHUTDOWN_GRACE_MS || 20_000)

/**
 * Stop accepting, let in-flight requests finish and background rebuilds of the read model end, then
 * close the database. Idle keep-alive sockets
 * are closed at once so they do not hold the server open; connections still busy after the grace
 * (a client that stopped reading its answer, or never finished sending) are cut, so that no client
 * can hold a deployment's shutdown.
 */
export async function shutDown(
  server: Server,
  payload: Payload,
  closeServices: () => Promise<void> = async () => {},
  graceMs = shutdownGraceMs(),
): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  server.closeIdleConnections()
  const deadline = setTimeout(() => {
    payload.logger.warn(`shutdown: connections still busy after ${graceMs} ms are closed`)
    server.closeAllConnections()
  }, graceMs)
  try {
    await closed
  } finally {
    clearTimeout(deadline)
  }
  await closeServices()
  await repairsSettled()
  await closeDatabase(payload)
}
