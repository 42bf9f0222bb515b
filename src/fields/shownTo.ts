import type { Condition } from 'payload'

import { may } from '../lib/permissions'

/*
 * What the admin shows each role: a field that points at a collection the user may not read only
 * leads to a failing request and an empty box, and the newsroom's planning fields mean nothing to a
 * chamber's correspondent. The API rules stay the matrix's and the workflows'; this is only what the
 * form draws.
 */

/** Shown to those who may read the collection (comments, editorial meetings). */
export const shownToReadersOf =
  (collection: string): Condition =>
  (_data, _siblingData, { user }) =>
    may(user?.roles, collection, 'read')

/** Shown to the newsroom (those who sit in its meetings), and to anyone else once it has a value. */
export const shownToNewsroomOrWhenSet =
  (field: string): Condition =>
  (data, _siblingData, { user }) => {
    const value = (data as Record<string, unknown>)[field]
    return may(user?.roles, 'editorial-meetings', 'read') || (value !== undefined && value !== null && value !== '')
  }
