import { PERMISSIONS, type Scope } from '../../src/lib/permissions'
import { expectedCells, type Probe } from '../helpers/expectedPermissions'

/**
 * The permission module's table against the hand-written one, cell by cell and without a server: a wrong
 * grant fails here by name. matrix.test.ts checks the same cells against the running platform.
 *
 * What each probe needs, given the document it is run on (see expectedPermissions.ts): someone else's
 * published document to read, someone else's draft, a document of one's own (a draft) to rename, and so on.
 * The crisis listings probed belong to the contributor's own chamber: `ownChamber` covers them.
 */
const COVERS: Record<Probe, { action: string; scopes: Scope[] }> = {
  read: { action: 'read', scopes: ['all', 'ownChamber', 'published'] },
  drafts: { action: 'readDrafts', scopes: ['all', 'ownChamber'] },
  create: { action: 'create', scopes: ['all', 'ownChamber'] },
  // Renaming the title: the `social` scope (the social copy only) does not cover it.
  mine: { action: 'update', scopes: ['all', 'own', 'ownDraft'] },
  others: { action: 'update', scopes: ['all', 'ownChamber'] },
  delete: { action: 'delete', scopes: ['all'] },
  publish: { action: 'publish', scopes: ['all'] },
}

test.each(expectedCells())(
  '$actor · $collection · $probe: allowed $allowed',
  ({ actor, collection, probe, allowed }) => {
    const { action, scopes } = COVERS[probe]
    const scope = (PERMISSIONS[actor]?.[collection] as Record<string, Scope | undefined> | undefined)?.[action]
    expect({ scope, allowed: scope !== undefined && scopes.includes(scope) }).toEqual({ scope, allowed })
  },
)
