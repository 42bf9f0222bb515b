import type { Field, Where } from 'payload'

import { notEmbargoed } from '../access/publicVisibility'
import { audiencesField } from '../fields/taxonomy'
import { CONTENT, scopeFor } from '../lib/permissions'
import { imageOfPiece } from '../lib/pieceFields'

type Doc = Record<string, unknown>

const idOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)
const ids = (value: unknown): unknown[] =>
  Array.isArray(value) ? value.map(idOf).filter((v) => v !== null && v !== undefined) : []

/**
 * The search index doubles as the cross-type feed: one row per published piece, with what the feed
 * filters and sorts on. `docType` and `docId` repeat the polymorphic `doc` reference as plain
 * columns so that the feed can sort on them and use them in its cursor.
 */
export function feedIndexFields(): Field[] {
  return [
    { name: 'docType', type: 'text', index: true, admin: { readOnly: true } },
    { name: 'docId', type: 'text', admin: { readOnly: true } },
    { name: 'image', type: 'upload', relationTo: 'media', admin: { readOnly: true } },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      index: true,
      admin: { readOnly: true },
    },
    { ...audiencesField(), index: true, admin: { readOnly: true } } as Field,
    { name: 'territory', type: 'text', index: true, admin: { readOnly: true } },
    { name: 'sponsored', type: 'checkbox', defaultValue: false, admin: { readOnly: true } },
  ]
}

/** What the feed needs from a piece, whatever its type: the image is the hero, the logo, or the SEO image. */
export function feedIndexData(collection: string, doc: Doc): Doc {
  const territory = doc.territory
  return {
    docType: collection,
    docId: String(doc.id),
    image: idOf(imageOfPiece(doc)) ?? null,
    topics: ids(doc.topics),
    audiences: Array.isArray(doc.audiences) ? doc.audiences : [],
    // Success stories keep their region in a group; articles and initiatives have a territory select.
    territory: (territory && typeof territory === 'object' ? (territory as Doc).region : territory) ?? null,
    sponsored: Boolean(doc.sponsored),
  }
}

/**
 * Read access to the index, derived from the permission matrix like the content's own: a role that
 * reads every piece of a type sees that type's embargoed entries; everyone else sees only what is
 * out of embargo (the index holds published pieces only).
 */
export function readIndex(roles: readonly string[] | null | undefined): boolean | Where {
  const unrestricted = CONTENT.filter((type) => scopeFor(roles, type, 'read') === 'all')
  if (unrestricted.length === CONTENT.length) return true
  if (!unrestricted.length) return notEmbargoed()
  return { or: [{ 'doc.relationTo': { in: unrestricted } }, notEmbargoed()] }
}
