import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Deleting a destination keeps the record of what was sent to it: each delivery keeps the
 * destination's name and loses only the link. Deliveries still waiting are then cancelled by the
 * worker ("the destination was deleted"). One statement, in the delete's transaction.
 */
export const keepDeliveryHistory: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const destination = await req.payload.findByID({
    collection: 'destinations',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!destination) return
  await req.payload.db.updateMany({
    collection: 'deliveries',
    where: { destination: { equals: id } },
    data: { destination: null, destinationName: destination.name },
    req,
  })
}
