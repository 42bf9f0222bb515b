import type { CollectionConfig, PayloadRequest } from 'payload'

import { isOwner } from '../hooks/ownership'
import { isWorkflowStatus, worksOnStep } from '../lib/workflow'

/**
 * Whether the admin may take Payload's edit lock on this document for this user. Payload's form
 * takes it on every change of an open form (`handleFormStateLocking`), whoever looks: the author's
 * tab still open on a piece they submitted, or a change already on its way when they submitted it,
 * would hold the piece while it waits for its reviewers. A piece outside the review workflow is
 * locked as Payload does.
 */
export async function holdsEditLock(req: PayloadRequest, collection: string, id: number | string): Promise<boolean> {
  if (!req.user) return false
  const config = (req.payload.collections as Record<string, { config: CollectionConfig } | undefined>)[collection]
    ?.config
  if (!config?.fields.some((field) => 'name' in field && field.name === 'workflowStatus')) return true
  const doc = (await req.payload.findByID({
    collection: collection as never,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Record<string, unknown> | null
  if (!doc) return false
  const status = isWorkflowStatus(doc.workflowStatus) ? doc.workflowStatus : 'draft'
  return worksOnStep(status, req.user.roles ?? [], isOwner(collection, doc, req.user.id))
}
