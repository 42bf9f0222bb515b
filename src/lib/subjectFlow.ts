import type { Role } from './roles'

export const SUBJECT_STATUSES = [
  'proposed',
  'accepted',
  'rejected',
  'postponed',
  'assigned',
  'in-progress',
  'delivered',
] as const
export type SubjectStatus = (typeof SUBJECT_STATUSES)[number]

/** `any`: on every subject; `assignee`: only on subjects assigned to the user. */
type Who = Partial<Record<Role, 'any' | 'assignee'>>

const DECIDERS: Who = { admin: 'any', editor: 'any' }
const ASSIGNEE_OR_DECIDERS: Who = {
  ...DECIDERS,
  journalist: 'assignee',
  'community-manager': 'assignee',
  contributor: 'assignee',
}

/** Who decides at the editorial meeting and assigns: the same people the table names for `accepted`. */
export const SUBJECT_DECIDERS: readonly Role[] = Object.keys(DECIDERS) as Role[]

/**
 * The life of a subject as data: every allowed move and who may make it. Anyone on staff proposes
 * (creating a subject is a proposal); editors decide and assign; the assignee starts the piece.
 * A move not listed is refused whoever asks (400); a listed move asked by someone not named is
 * refused for them (403).
 */
export const SUBJECT_TRANSITIONS: { from: SubjectStatus; to: SubjectStatus; who: Who }[] = [
  { from: 'proposed', to: 'accepted', who: DECIDERS },
  { from: 'proposed', to: 'rejected', who: DECIDERS },
  { from: 'proposed', to: 'postponed', who: DECIDERS },
  { from: 'postponed', to: 'accepted', who: DECIDERS },
  { from: 'postponed', to: 'rejected', who: DECIDERS },
  // The news changes: a rejected idea may come back to the next meeting.
  { from: 'rejected', to: 'proposed', who: DECIDERS },
  { from: 'accepted', to: 'assigned', who: DECIDERS },
  { from: 'accepted', to: 'postponed', who: DECIDERS },
  { from: 'accepted', to: 'rejected', who: DECIDERS },
  { from: 'assigned', to: 'postponed', who: DECIDERS },
  { from: 'assigned', to: 'in-progress', who: ASSIGNEE_OR_DECIDERS },
  // Publishing the deliverable delivers the subject (the publisher is an editor); it may also be
  // delivered outside the platform (a post on X), which an editor records by hand.
  { from: 'assigned', to: 'delivered', who: DECIDERS },
  { from: 'in-progress', to: 'delivered', who: DECIDERS },
]

/** Statuses in which a subject needs someone to write it. */
export const NEEDS_ASSIGNEE: readonly SubjectStatus[] = ['assigned', 'in-progress']

/** Statuses in which a subject is still on the newsroom's plate (due dates and reminders apply). */
export const OPEN_STATUSES: readonly SubjectStatus[] = ['proposed', 'accepted', 'postponed', 'assigned', 'in-progress']

export function isSubjectStatus(value: unknown): value is SubjectStatus {
  return (SUBJECT_STATUSES as readonly unknown[]).includes(value)
}

export function isDecider(roles: readonly string[]): boolean {
  return roles.some((role) => (SUBJECT_DECIDERS as readonly string[]).includes(role))
}

function allows(who: Who, roles: readonly string[], isAssignee: boolean): boolean {
  return roles.some((role) => {
    const scope = who[role as Role]
    return scope === 'any' || (scope === 'assignee' && isAssignee)
  })
}

/** The statuses this user may move a subject to from `from`. */
export function subjectMovesFor(from: SubjectStatus, roles: readonly string[], isAssignee: boolean): SubjectStatus[] {
  return SUBJECT_TRANSITIONS.filter((t) => t.from === from && allows(t.who, roles, isAssignee)).map((t) => t.to)
}

/** A refused move names the move and the moves this user has from there (worded at the edge). */
export type SubjectRefusal = {
  ok: false
  status: 400 | 403
  from: SubjectStatus
  to: SubjectStatus
  allowed: SubjectStatus[]
}
export type SubjectVerdict = { ok: true } | SubjectRefusal

export function checkSubjectTransition(
  from: SubjectStatus,
  to: SubjectStatus,
  roles: readonly string[],
  isAssignee: boolean,
): SubjectVerdict {
  if (from === to) return { ok: true }
  const allowed = subjectMovesFor(from, roles, isAssignee)
  if (allowed.includes(to)) return { ok: true }
  const exists = SUBJECT_TRANSITIONS.some((t) => t.from === from && t.to === to)
  return { ok: false, status: exists ? 403 : 400, from, to, allowed }
}

export const DECISIONS = ['accepted', 'rejected', 'postponed', 'assigned'] as const
export type Decision = (typeof DECISIONS)[number]

/**
 * The moves that carry out a meeting's decision on a subject in status `from`, or null when the
 * subject can no longer be decided that way. Deciding "assigned" on a fresh proposal accepts it first.
 */
export function decisionSteps(from: SubjectStatus, decision: Decision): SubjectStatus[] | null {
  if (from === decision) return []
  if (SUBJECT_TRANSITIONS.some((t) => t.from === from && t.to === decision)) return [decision]
  const viaAccepted = SUBJECT_TRANSITIONS.some((t) => t.from === from && t.to === 'accepted')
  if (decision === 'assigned' && viaAccepted) return ['accepted', 'assigned']
  return null
}
