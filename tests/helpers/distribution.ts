import { generateSecret } from '../../src/distribution/standardWebhooks'
import type { Delivery } from '../../src/payload-types'
import type { TestApp } from './app'

/** What every distribution test sets: loopback receivers allowed, retries in tens of milliseconds. */
export const DISTRIBUTION_ENV = {
  ALLOW_PRIVATE_DESTINATIONS: 'true',
  DELIVERY_RETRY_SCHEDULE: '0.05,0.05,0.05',
  DELIVERY_POLL_MS: '100',
  DELIVERY_TIMEOUT_MS: '1000',
}

export const newSecret = generateSecret

/** Creates a destination through REST as the given user; returns the response body's doc. */
export async function createDestination(
  app: TestApp,
  token: string,
  data: Record<string, unknown>,
): Promise<{ id: number | string; [key: string]: unknown }> {
  const response = await app.request('/api/destinations', { method: 'POST', token, json: data })
  const body = (await response.json()) as { doc?: { id: number | string }; errors?: unknown }
  if (response.status !== 201 || !body.doc)
    throw new Error(`destination not created: ${response.status} ${JSON.stringify(body)}`)
  return body.doc
}

/** The deliveries of one piece, oldest first, read once the worker has nothing left in hand. */
export async function deliveriesOf(app: TestApp, collection: string, id: number | string): Promise<Delivery[]> {
  await app.worker?.idle()
  const { docs } = await app.payload.find({
    collection: 'deliveries',
    where: { and: [{ itemCollection: { equals: collection } }, { itemId: { equals: String(id) } }] },
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
}
