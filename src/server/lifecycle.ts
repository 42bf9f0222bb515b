import type { Server } from 'node:http'
import type { Payload } from 'payload'

import { closeDatabase } from '../db/closeDatabase'

/**
 * Stop accepting, let in-flight requests finish, then close the database. Idle keep-alive sockets
 * are closed at once so they do not hold the server open.
 */
export async function shutDown(
  server: Server,
  payload: Payload,
  closeServices: () => Promise<void> = async () => {},
): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  server.closeIdleConnections()
  await closed
  await closeServices()
  await closeDatabase(payload)
}
