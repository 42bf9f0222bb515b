import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'

/** A seeded demo account as the Local API's `user`, for calls made with overrideAccess: false. */
export async function demoUser(
  payload: Payload,
  role: 'admin' | 'editor' | 'journalist' | 'community' | 'contributor',
): Promise<User & { collection: 'users' }> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: `${role}@newsroom.test` } },
    overrideAccess: true,
    limit: 1,
  })
  if (!docs[0]) throw new Error(`demo account ${role} missing: start the app with { seed: true }`)
  return { ...docs[0], collection: 'users' }
}

/** Published in one save: an editor approves and publishes (the workflow refuses unapproved pieces). */
export const PUBLISH = { _status: 'published', workflowStatus: 'approved' } as const
