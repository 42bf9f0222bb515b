/** A media request's life: new → assigned → answered | declined (a new one may be declined at once). */
export const REQUEST_STATUSES = ['new', 'assigned', 'answered', 'declined'] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

const MOVES: Record<RequestStatus, RequestStatus[]> = {
  new: ['assigned', 'declined'],
  assigned: ['answered', 'declined'],
  answered: [],
  declined: [],
}

export const isRequestStatus = (value: unknown): value is RequestStatus =>
  (REQUEST_STATUSES as readonly unknown[]).includes(value)

export type RequestMoveProblem = 'unknown' | 'notAllowed' | 'needsAssignee' | null

/** What is wrong with moving a request from one status to another, or null. */
export function requestMoveProblem(from: RequestStatus, to: unknown, assignee: unknown): RequestMoveProblem {
  if (!isRequestStatus(to)) return 'unknown'
  if (from !== to && !MOVES[from].includes(to)) return 'notAllowed'
  if (to === 'assigned' && !assignee) return 'needsAssignee'
  return null
}

export const movesFrom = (from: RequestStatus) => MOVES[from]

/** Statuses of a request still waiting for an answer. */
export const OPEN_REQUEST_STATUSES: RequestStatus[] = ['new', 'assigned']

/** The query for overdue requests (as `isOverdue` says), optionally one person's. */
export function overdueRequestsWhere(now: Date, assignee?: number | string): Record<string, unknown> {
  return {
    and: [
      { deadline: { less_than: now.toISOString() } },
      { status: { in: OPEN_REQUEST_STATUSES } },
      ...(assignee !== undefined ? [{ assignee: { equals: assignee } }] : []),
    ],
  }
}

/** Overdue: its deadline has passed and nobody has answered or declined it. */
export function isOverdue(request: { status?: string | null; deadline?: string | null }, now: Date): boolean {
  return (
    Boolean(request.deadline) &&
    new Date(request.deadline!) < now &&
    OPEN_REQUEST_STATUSES.includes(request.status as RequestStatus)
  )
}

/** What the public form must carry. */
export type RequestIntake = {
  outlet: string
  journalistName: string
  contactEmail: string
  contactPhone: string | null
  subject: string
  deadline: string | null
  spokespersonWanted: string | null
  territory: string | null
}

export type IntakeProblem = { field: keyof RequestIntake; problem: 'required' | 'invalid' | 'tooLong' }

/** The longest text a request's field may hold. */
export const REQUEST_TEXT_MAX = 2000
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

export function validateRequestIntake(
  body: Record<string, unknown> | null,
  isEmail: (v: string) => boolean,
): { ok: true; intake: RequestIntake } | { ok: false; problems: IntakeProblem[] } {
  const problems: IntakeProblem[] = []
  const get = (field: keyof RequestIntake, required: boolean) => {
    const value = text(body?.[field])
    if (required && !value) problems.push({ field, problem: 'required' })
    else if (value.length > REQUEST_TEXT_MAX) problems.push({ field, problem: 'tooLong' })
    return value || null
  }
  const intake = {
    outlet: get('outlet', true),
    journalistName: get('journalistName', true),
    contactEmail: get('contactEmail', true),
    contactPhone: get('contactPhone', false),
    subject: get('subject', true),
    deadline: get('deadline', false),
    spokespersonWanted: get('spokespersonWanted', false),
    territory: get('territory', false),
  }
  if (intake.contactEmail && !isEmail(intake.contactEmail)) problems.push({ field: 'contactEmail', problem: 'invalid' })
  if (intake.deadline && Number.isNaN(Date.parse(intake.deadline)))
    problems.push({ field: 'deadline', problem: 'invalid' })
  if (problems.length) return { ok: false, problems }
  return {
    ok: true,
    intake: {
      ...(intake as RequestIntake),
      deadline: intake.deadline ? new Date(intake.deadline).toISOString() : null,
    },
  }
}

/** Honeypot: a field people never see, that bots fill. */
export const isHoneypotFilled = (body: Record<string, unknown>) =>
  typeof body.website === 'string' && body.website.trim() !== ''
