import { publishProblem, type WorkflowStatus } from './workflow'

export type ScheduleRequest = { type: 'publish' | 'unpublish'; at: Date }

/** What is wrong with scheduling a piece, or null. Unpublishing can be scheduled at any time. */
export function scheduleProblem(
  request: ScheduleRequest,
  doc: { workflowStatus: WorkflowStatus; embargoUntil?: string | null },
  now: Date,
): string | null {
  if (Number.isNaN(request.at.getTime())) return '"at" must be a date and time (ISO 8601, e.g. 2030-03-01T09:00:00Z).'
  if (request.at.getTime() <= now.getTime()) return `"at" must be in the future (got ${request.at.toISOString()}).`
  if (request.type === 'unpublish') return null
  const notApproved = publishProblem(doc.workflowStatus)
  if (notApproved) return notApproved
  if (doc.embargoUntil && request.at < new Date(doc.embargoUntil)) {
    return `Publication is scheduled for ${request.at.toISOString()}, before the embargo ends (${new Date(doc.embargoUntil).toISOString()}): schedule it for after the embargo.`
  }
  return null
}
