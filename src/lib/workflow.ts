import type { Role } from './roles'

export const WORKFLOW_STATUSES = ['draft', 'in-review', 'changes-requested', 'approved'] as const
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number]

/** `any`: on every document; `own`: on documents the user created or authors. */
type Who = Partial<Record<Role, 'any' | 'own'>>

const REVIEWERS: Who = { admin: 'any', editor: 'any' }
const AUTHORS_AND_REVIEWERS: Who = { ...REVIEWERS, journalist: 'own', contributor: 'own' }

/**
 * The review workflow as data: every allowed move, and who may make it. A move that is not listed
 * is refused whoever asks (400); a listed move asked by someone not named is refused for them (403).
 */
export const TRANSITIONS: { from: WorkflowStatus; to: WorkflowStatus; who: Who }[] = [
  { from: 'draft', to: 'in-review', who: AUTHORS_AND_REVIEWERS },
  { from: 'changes-requested', to: 'in-review', who: AUTHORS_AND_REVIEWERS },
  { from: 'in-review', to: 'draft', who: AUTHORS_AND_REVIEWERS },
  { from: 'in-review', to: 'approved', who: REVIEWERS },
  { from: 'in-review', to: 'changes-requested', who: REVIEWERS },
  // An editor's own short news need not wait for a second editor.
  { from: 'draft', to: 'approved', who: REVIEWERS },
  { from: 'approved', to: 'in-review', who: REVIEWERS },
  { from: 'approved', to: 'changes-requested', who: REVIEWERS },
]

export function isWorkflowStatus(value: unknown): value is WorkflowStatus {
  return (WORKFLOW_STATUSES as readonly unknown[]).includes(value)
}

function allows(who: Who, roles: readonly string[], isOwner: boolean): boolean {
  return roles.some((role) => {
    const scope = who[role as Role]
    return scope === 'any' || (scope === 'own' && isOwner)
  })
}

/** The statuses this user may move a document to from `from`. */
export function transitionsFor(from: WorkflowStatus, roles: readonly string[], isOwner: boolean): WorkflowStatus[] {
  return TRANSITIONS.filter((t) => t.from === from && allows(t.who, roles, isOwner)).map((t) => t.to)
}

/**
 * Refused: 400 when the move is not a step of the workflow at all, 403 when it is not this user's;
 * `allowed` lists the moves they may make from there, for the message.
 */
export type TransitionVerdict = { ok: true } | { ok: false; status: 400 | 403; allowed: WorkflowStatus[] }

export function checkTransition(
  from: WorkflowStatus,
  to: WorkflowStatus,
  roles: readonly string[],
  isOwner: boolean,
): TransitionVerdict {
  if (from === to) return { ok: true }
  const allowed = transitionsFor(from, roles, isOwner)
  if (allowed.includes(to)) return { ok: true }
  const exists = TRANSITIONS.some((t) => t.from === from && t.to === to)
  return { ok: false, status: exists ? 403 : 400, allowed }
}

/**
 * Who works on a piece at each step, and so takes the admin's edit lock while its form is open. A
 * submitted piece waits for its reviewers: its author's open tab must not hold it, or the editor
 * would find it locked. The community manager writes the social copy at every step.
 */
const AT_WORK: Record<WorkflowStatus, Who> = {
  draft: { ...AUTHORS_AND_REVIEWERS, 'community-manager': 'any' },
  'changes-requested': { ...AUTHORS_AND_REVIEWERS, 'community-manager': 'any' },
  'in-review': { ...REVIEWERS, 'community-manager': 'any' },
  approved: { ...AUTHORS_AND_REVIEWERS, 'community-manager': 'any' },
}

/** Whether this user works on a piece at this step (and may hold its edit lock). */
export function worksOnStep(status: WorkflowStatus, roles: readonly string[], isOwner: boolean): boolean {
  return allows(AT_WORK[status], roles, isOwner)
}

/** Only approved pieces go live. */
export function publishProblem(
  status: WorkflowStatus,
): { code: 'publishNeedsApproval'; status: WorkflowStatus } | null {
  return status === 'approved' ? null : { code: 'publishNeedsApproval', status }
}
