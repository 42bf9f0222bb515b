import type { WorkflowStatus } from './workflow'

export const WORKFLOW_LABELS: Record<WorkflowStatus, { fr: string; en: string }> = {
  draft: { fr: 'Brouillon', en: 'Draft' },
  'in-review': { fr: 'En relecture', en: 'In review' },
  'changes-requested': { fr: 'Modifications demandées', en: 'Changes requested' },
  approved: { fr: 'Validé', en: 'Approved' },
}

/** How far along the review a step is: a move to a later step is forward, to an earlier one backward. */
const PROGRESS: Record<WorkflowStatus, number> = { draft: 0, 'changes-requested': 0, 'in-review': 1, approved: 2 }

/**
 * The one action the review step puts first: the furthest forward move among those allowed (the
 * journalist's submission, the editor's approval). None when every move goes back: on an approved
 * piece the next step is publishing, which is Payload's button.
 */
export function primaryMove(from: WorkflowStatus, moves: readonly WorkflowStatus[]): WorkflowStatus | null {
  const forward = moves.filter((to) => PROGRESS[to] > PROGRESS[from])
  return forward.sort((a, b) => PROGRESS[b] - PROGRESS[a])[0] ?? null
}
