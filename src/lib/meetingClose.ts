import {
  checkSubjectTransition,
  decisionSteps,
  type Decision,
  type SubjectRefusal,
  type SubjectStatus,
} from './subjectFlow'

export type SubjectState = { id: string; title: string; status: SubjectStatus }

export type RecordedDecision = {
  subject: string
  decision: Decision
  assignee?: string | null
  dueDate?: string | null
  note?: string | null
}

export type Application = { subject: SubjectState; decision: RecordedDecision; steps: SubjectStatus[] }

/** Why a decision cannot be applied: a message key and what it names (worded at the edge). */
export type CloseProblem =
  | { code: 'meetingSubjectGone'; subject: string }
  | { code: 'meetingNoLongerDecidable'; title: string; status: SubjectStatus; decision: Decision }
  | { code: 'meetingSubjectRefused'; title: string; verdict: SubjectRefusal }
  | { code: 'meetingSubjectUnassigned'; title: string }

export type ClosePlan = {
  /** Decisions to apply, in the order they were recorded. */
  apply: Application[]
  /** Subjects that go on next week's agenda: postponed now, or left undecided. */
  carryOver: SubjectState[]
  /** Why the meeting cannot close as it stands; when there is one, nothing is applied. */
  problems: CloseProblem[]
}

/** Subjects still waiting for a decision when they were on the agenda and got none. */
const UNDECIDED: readonly SubjectStatus[] = ['proposed', 'postponed']

/**
 * What closing a meeting does, worked out before anything is written: each decision becomes the
 * moves that carry it out (checked against the subject workflow for the person closing), and the
 * postponed and undecided subjects are carried over to the next meeting.
 */
export function planClose(
  agenda: readonly SubjectState[],
  decisions: readonly RecordedDecision[],
  subjects: ReadonlyMap<string, SubjectState>,
  roles: readonly string[],
): ClosePlan {
  const problems: CloseProblem[] = []
  const apply: Application[] = []
  for (const decision of decisions) {
    const subject = subjects.get(decision.subject)
    if (!subject) {
      problems.push({ code: 'meetingSubjectGone', subject: decision.subject })
      continue
    }
    const steps = decisionSteps(subject.status, decision.decision)
    if (!steps) {
      const { title, status } = subject
      problems.push({ code: 'meetingNoLongerDecidable', title, status, decision: decision.decision })
      continue
    }
    let from = subject.status
    for (const to of steps) {
      const verdict = checkSubjectTransition(from, to, roles, false)
      if (!verdict.ok) problems.push({ code: 'meetingSubjectRefused', title: subject.title, verdict })
      from = to
    }
    if (decision.decision === 'assigned' && !decision.assignee)
      problems.push({ code: 'meetingSubjectUnassigned', title: subject.title })
    apply.push({ subject, decision, steps })
  }
  const decided = new Set(decisions.map((d) => d.subject))
  const postponed = apply.filter((a) => a.decision.decision === 'postponed').map((a) => a.subject)
  const undecided = agenda.filter((s) => !decided.has(s.id) && UNDECIDED.includes(s.status))
  return { apply, carryOver: [...postponed, ...undecided], problems }
}
