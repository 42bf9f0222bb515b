import type { PayloadRequest } from 'payload'

import { may } from '../lib/permissions'

/** Those who run press relations (the permission matrix's readers of `media-contacts`): a journalist's personal data is theirs to see. */
export const readsPressContacts = ({ req }: { req: PayloadRequest }): boolean =>
  may(req.user?.roles, 'media-contacts', 'read')
