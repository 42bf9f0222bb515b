import type { FieldAccess } from 'payload'

import { may } from '../lib/permissions'

/** Those whom the permission matrix lets read a collection: for a field that shows that collection's documents. */
export const readersOf =
  (collection: string): FieldAccess =>
  ({ req: { user } }) =>
    may(user?.roles, collection, 'read')
