import type { Access, CollectionConfig, PayloadRequest, Where } from 'payload'

import { AUTHOR_FIELD, CHAMBER_FIELD, may, ownerFieldOf, scopeFor } from '../lib/permissions'
import { visibleToPublic } from './publicVisibility'

type User = PayloadRequest['user']
type Data = Record<string, unknown> | undefined

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/** Documents the user created or is an author of (their own account, for users). */
export function ownedBy(collection: string, user: NonNullable<User>): Where {
  if (collection === 'users') return { id: { equals: user.id } }
  const clauses: Where[] = [{ [ownerFieldOf(collection)]: { equals: user.id } }]
  const authors = AUTHOR_FIELD[collection]
  if (authors) clauses.push({ [authors]: { in: [user.id] } })
  return clauses.length === 1 ? clauses[0] : { or: clauses }
}

const roles = (user: User) => user?.roles ?? []

/** Asking to publish is its own permission: without it, create and update refuse published data. */
const refusesPublishing = (collection: string, user: User, data: Data) =>
  data?._status === 'published' && !may(roles(user), collection, 'publish')

function read(collection: string): Access {
  return ({ req: { user } }) => {
    const drafts = scopeFor(roles(user), collection, 'readDrafts')
    const scope = scopeFor(roles(user), collection, 'read')
    if (drafts === 'all' || scope === 'all') return true
    if (scope === 'own' && user) return ownedBy(collection, user)
    if (scope !== 'published') return false
    if (drafts === 'own' && user) return { or: [visibleToPublic(), ownedBy(collection, user)] }
    return visibleToPublic()
  }
}

function create(collection: string): Access {
  return ({ req: { user }, data }) => {
    const scope = scopeFor(roles(user), collection, 'create')
    if (!scope || refusesPublishing(collection, user, data)) return false
    if (scope !== 'ownChamber') return true
    // Without data (the admin asking whether to show "Create new"), the answer is yes; the save is checked.
    if (!data) return true
    const chamberField = CHAMBER_FIELD[collection]
    return Boolean(user?.chamber) && String(idOf(data[chamberField])) === String(idOf(user?.chamber))
  }
}

function update(collection: string): Access {
  return ({ req: { user }, data }) => {
    const scope = scopeFor(roles(user), collection, 'update')
    if (!scope || !user || refusesPublishing(collection, user, data)) return false
    if (scope === 'all' || scope === 'social') return true
    if (scope === 'own') return ownedBy(collection, user)
    if (scope === 'ownDraft') return { and: [ownedBy(collection, user), { _status: { not_equals: 'published' } }] }
    return false
  }
}

function remove(collection: string): Access {
  return ({ req: { user } }) => {
    const scope = scopeFor(roles(user), collection, 'delete')
    if (scope === 'all') return true
    return scope === 'own' && user ? ownedBy(collection, user) : false
  }
}

/** Collection access derived from the permission matrix. */
export function accessFromMatrix(collection: string): NonNullable<CollectionConfig['access']> {
  return {
    read: read(collection),
    create: create(collection),
    update: update(collection),
    delete: remove(collection),
    readVersions: ({ req: { user } }) => scopeFor(roles(user), collection, 'readDrafts') === 'all',
  }
}
