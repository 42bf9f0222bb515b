import { APIError, type CollectionAfterOperationHook, type CollectionConfig, type PayloadRequest } from 'payload'

import { formatDateTime, translate } from '../i18n/translate'
import { ifMatchSatisfied, versionTag } from '../lib/preconditions'

type Stamped = { updatedAt?: string | null }

/**
 * The tag of the document as it stands: its row, or its latest version when drafts are on (a draft
 * saved over a published piece changes only the versions). Read in the request's transaction.
 */
export async function currentVersionTag(
  req: PayloadRequest,
  collection: CollectionConfig,
  id: number | string,
): Promise<string | null> {
  const { db } = req.payload
  const slug = collection.slug as never
  const row = (await db.findOne({
    collection: slug,
    where: { id: { equals: id } },
    select: { updatedAt: true } as never,
    req,
  })) as Stamped | null
  if (!row) return null
  let latest = row.updatedAt ?? ''
  if (collection.versions && typeof collection.versions === 'object' && collection.versions.drafts) {
    const { docs } = await db.findVersions({
      collection: slug,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
      req,
    })
    const version = (docs[0] as Stamped | undefined)?.updatedAt
    if (version && version > latest) latest = version
  }
  return latest ? versionTag(id, latest) : null
}

/** Who made the latest change, from the audit trail, for the 412 message. */
async function lastChange(req: PayloadRequest, collection: string, id: number | string): Promise<string> {
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }] },
    sort: '-at',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const entry = docs[0]
  if (!entry?.userName) return ''
  return translate(req, 'changedBy', { name: entry.userName, at: formatDateTime(req, entry.at) })
}

/**
 * A write sent with `If-Match` goes ahead only if the client saw the current version; otherwise
 * 412, saying who changed it and when, and nothing is written. Checked once per request, for the
 * document the request names (writes it causes on other documents share its request).
 */
export async function checkIfMatch(
  req: PayloadRequest,
  collection: CollectionConfig,
  id: number | string,
): Promise<void> {
  const header = req.headers?.get('if-match')
  if (!header || req.context.preconditionChecked) return
  req.context.preconditionChecked = true
  const current = await currentVersionTag(req, collection, id)
  if (current && ifMatchSatisfied(header, current)) return
  const by = await lastChange(req, collection.slug, id)
  throw new APIError(translate(req, 'changedSinceRead', { by }), 412, { currentETag: current }, true)
}

/**
 * Signed-in reads of one document carry its tag, to send back as `If-Match` with a write; so does
 * the answer to a PATCH of that document, for the client's next write. Only for the document the
 * request names: the lookups and writes a write's hooks make with its request would otherwise tag
 * its answer with other documents, and cost two queries each.
 */
export const tagReadVersion: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  const read = operation === 'findByID' && req.method === 'GET'
  const written = operation === 'updateByID' && req.method === 'PATCH'
  if ((!read && !written) || !req.user || !result || typeof result !== 'object') return result
  const id = (result as { id?: number | string }).id ?? (args as { id?: number | string }).id
  if (id === undefined) return result
  const named = req.routeParams as { collection?: string; id?: unknown } | undefined
  if (written && (named?.collection !== collection.slug || String(named?.id) !== String(id))) return result
  const tag = await currentVersionTag(req, collection, id)
  if (tag) {
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('etag', tag)
  }
  return result
}
