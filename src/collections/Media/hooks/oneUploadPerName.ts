import type { CollectionBeforeOperationHook } from 'payload'

import { waitForUploadName } from '../../../db/uploadNameLock'

/** `photo.jpg`, `photo-1.jpg`, `photo-2.png`: every name Payload may pick for one of them. */
const nameFamily = (name: string) => name.replace(/\.[^.]*$/, '').replace(/-\d+$/, '').toLowerCase()

/**
 * Payload picks a free file name (`photo.jpg`, else `photo-1.jpg`…) by looking for it, then
 * inserts: two uploads at once (through two instances, or one) could pick the same name, and the
 * second would be refused by the unique index (400 "filename must be unique"). Uploads of one name
 * family take turns instead, so the second looks once the first has committed.
 */
export const oneUploadPerName: CollectionBeforeOperationHook = async ({ collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.name) return
  await waitForUploadName(req, `${collection.slug}:${nameFamily(req.file.name)}`)
}
