import type { CollectionAfterChangeHook } from 'payload'

import { queuePressEmails } from '../../../outbox/queuePressEmails'
import type { PressRelease } from '../../../payload-types'

/** In the transaction of the publication: the e-mails it owes the press lists. */
export const sendToPressLists: CollectionAfterChangeHook<PressRelease> = async ({ doc, req }) => {
  await queuePressEmails(req, doc)
  return doc
}
