import { publishProblem, type WorkflowStatus } from './workflow'

export type ScheduleRequest = { type: 'publish' | 'unpublish'; at: Date }

/** Why a schedule is refused: a message key and what it names (translated at the edge). */
export type ScheduleProblem =
  | { code: 'scheduleBadAt' }
  | { code: 'scheduleInPast'; at: string }
  | { code: 'publishNeedsApproval'; status: WorkflowStatus }
  | { code: 'scheduleBeforeEmbargo'; at: string; embargo: string }

/** What is wrong with scheduling a piece, or null. Unpublishing can be scheduled at any time. */
export function scheduleProblem(
  request: ScheduleRequest,
  doc: { workflowStatus: WorkflowStatus; embargoUntil?: string | null },
  now: Date,
): ScheduleProblem | null {
  if (Number.isNaN(request.at.getTime())) return { code: 'scheduleBadAt' }
  if (request.at.getTime() <= now.getTime()) return { code: 'scheduleInPast', at: request.at.toISOString() }
  if (request.type === 'unpublish') return null
  const notApproved = publishProblem(doc.workflowStatus)
  if (notApproved) return notApproved
  if (doc.embargoUntil && request.at < new Date(doc.embargoUntil)) {
    return {
      code: 'scheduleBeforeEmbargo',
      at: request.at.toISOString(),
      embargo: new Date(doc.embargoUntil).toISOString(),
    }
  }
  return null
}
