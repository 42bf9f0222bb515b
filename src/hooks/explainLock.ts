import { Locked, type CollectionBeforeOperationHook } from 'payload'

import { formatDateTime, translate } from '../i18n/translate'

const LOCK_SECONDS = 300

type WriteArgs = { id?: number | string; overrideLock?: boolean }

/**
 * Payload refuses to save a document someone else is editing, but without saying who. The newsroom
 * needs the name: the one who holds the lock is the person to talk to. Checked here, in the write's
 * transaction, Payload's own check is then skipped: it reads outside the transaction, and a write
 * waiting for a free connection while it holds its document's lock would stall every writer.
 */
export const explainLock: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  const { id, overrideLock } = args as WriteArgs
  // REST asks for the lock to be respected and GraphQL must too; the Local API overrides it unless told not to.
  const respectLock = overrideLock === false || req.payloadAPI === 'GraphQL'
  if ((operation !== 'update' && operation !== 'delete') || id === undefined || !req.user || !respectLock) return args
  const { docs } = await req.payload.find({
    collection: 'payload-locked-documents',
    where: { and: [{ 'document.relationTo': { equals: collection.slug } }, { 'document.value': { equals: id } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const checked = { ...args, overrideLock: true }
  const lock = docs[0]
  if (!lock) return checked
  const holder = lock.user?.value
  const holderId = typeof holder === 'object' && holder ? holder.id : holder
  const fresh = Date.now() - new Date(lock.updatedAt).getTime() <= LOCK_SECONDS * 1000
  if (!fresh || String(holderId) === String(req.user.id)) return checked
  const name =
    typeof holder === 'object' && holder && 'name' in holder ? String(holder.name) : translate(req, 'lockedBySomeone')
  throw new Locked(translate(req, 'lockedBy', { name, since: formatDateTime(req, lock.updatedAt) }))
}
