import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import { titleOf } from '../../../hooks/audit'
import { adminPath } from '../../../lib/adminLinks'
import { idOf } from '../../../lib/ids'
import { notify } from '../../../notifications/notify'

const EXCERPT = 280

/** Whoever a comment newly mentions hears of it; editing a comment does not mention people twice. */
export const notifyMentions: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (!req.user) return doc
  const before = new Set(operation === 'update' ? ((previousDoc?.mentions as unknown[]) ?? []).map(idOf) : [])
  const added = ((doc.mentions as unknown[]) ?? []).map(idOf).filter((id) => id && !before.has(id))
  if (!added.length) return doc
  const { relationTo, value } = doc.target as { relationTo: CollectionSlug; value: unknown }
  const targetId = idOf(value) as string
  const target = (await req.payload.findByID({
    collection: relationTo,
    id: targetId,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Record<string, unknown> | null
  const body = String(doc.body)
  await notify(req, added, {
    kind: 'mention',
    target: { title: titleOf(target ?? undefined) ?? `#${targetId}`, path: adminPath(relationTo, targetId) },
    by: req.user.name,
    excerpt: body.length > EXCERPT ? `${body.slice(0, EXCERPT - 1)}…` : body,
  })
  return doc
}
