import { getPayload } from 'payload'

import config from '../payload.config'
import { closeDatabase } from '../src/db/closeDatabase'
import { deliverySettings } from '../src/distribution/settings'
import { startDeliveryWorker } from '../src/outbox/worker'

/**
 * `npm run worker`: sends deliveries, nothing else (no HTTP). Run any number of them beside the
 * app instances (set DELIVERY_WORKER=false on those to keep sending out of the web processes).
 * SIGTERM lets in-flight deliveries finish; a worker killed outright loses only its leases, which
 * expire and are taken over.
 */
const payload = await getPayload({ config })
const worker = startDeliveryWorker(payload, deliverySettings())
payload.logger.info(`delivery worker ${worker.owner} started`)

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  payload.logger.info(`${signal}: finishing in-flight deliveries`)
  await worker.stop()
  await closeDatabase(payload)
  process.exit(0)
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
