import config from '@payload-config'
import { headers } from 'next/headers'
import { createLocalReq, getPayload, type PayloadRequest } from 'payload'

import { holdsEditLock } from '../../access/holdsEditLock'

type FormStateArgs = { id?: number | string; collectionSlug?: string; returnLockStatus?: boolean }

/**
 * Payload's form-state request takes the document's edit lock when none is held. It is asked to
 * take it only for someone at work on the piece at its current step (`src/access/holdsEditLock.ts`).
 */
export async function guardFormState(
  args: FormStateArgs,
  run: (args: FormStateArgs) => Promise<unknown>,
): Promise<unknown> {
  if (!args.returnLockStatus || !args.collectionSlug || args.id === undefined || args.id === null) return run(args)
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  const req = (await createLocalReq({ user: user ?? undefined }, payload)) as PayloadRequest
  const holds = await holdsEditLock(req, args.collectionSlug, args.id)
  return run(holds ? args : { ...args, returnLockStatus: false })
}
