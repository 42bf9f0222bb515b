import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionSlug } from 'payload'

import { may } from '../lib/permissions'
import { publishProblem, isWorkflowStatus } from '../lib/workflow'
import { titleOf, writeAudit } from './audit'

type ScheduleInput = { type?: 'publish' | 'unpublish'; doc?: { relationTo: string; value: unknown } }

const isSchedule = (data: Record<string, unknown>) => data.taskSlug === 'schedulePublish'

/**
 * A scheduled publish is checked when it is asked for, not only when it runs: the person must be
 * allowed to schedule, the piece must be approved, and it may not go out before its embargo ends.
 */
export const checkSchedule: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !isSchedule(data) || !req.user) return data
  const input = (data.input ?? {}) as ScheduleInput
  if (!input.doc) return data
  const collection = input.doc.relationTo
  if (!may(req.user.roles, collection, 'schedule')) throw new APIError('Only editors can schedule publication.', 403)
  if (input.type === 'unpublish') return data
  const doc = (await req.payload.findByID({ collection: collection as CollectionSlug, id: input.doc.value as string, draft: true, depth: 0, overrideAccess: true, req })) as unknown as Record<string, unknown>
  const problem = publishProblem(isWorkflowStatus(doc.workflowStatus) ? doc.workflowStatus : 'draft')
  if (problem) throw new APIError(problem, 400)
  const at = data.waitUntil ? new Date(data.waitUntil as string) : new Date()
  if (doc.embargoUntil && at < new Date(doc.embargoUntil as string)) {
    throw new APIError(
      `Publication is scheduled for ${at.toISOString()}, before the embargo ends (${new Date(doc.embargoUntil as string).toISOString()}): schedule it for after the embargo.`,
      400,
    )
  }
  return data
}

export const auditSchedule: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !isSchedule(doc)) return doc
  const input = (doc.input ?? {}) as ScheduleInput
  if (!input.doc) return doc
  const target = await req.payload
    .findByID({ collection: input.doc.relationTo as CollectionSlug, id: input.doc.value as string, draft: true, depth: 0, overrideAccess: true, req })
    .catch(() => undefined)
  await writeAudit(req, {
    action: 'schedule',
    collection: input.doc.relationTo,
    documentId: input.doc.value as string,
    documentTitle: titleOf(target as Record<string, unknown> | undefined),
    note: `${input.type ?? 'publish'} at ${String(doc.waitUntil)}`,
  })
  return doc
}
