import { SUBJECT_STATUSES, type SubjectStatus } from './subjectFlow'

export const SUBJECT_STATUS_LABELS: Record<SubjectStatus, string> = {
  proposed: 'Proposé',
  accepted: 'Acté',
  rejected: 'Refusé',
  postponed: 'Reporté',
  assigned: 'Attribué',
  'in-progress': 'En cours',
  delivered: 'Livré',
}

export type Column<T> = { status: SubjectStatus; label: string; subjects: T[] }

const PRIORITY_ORDER = ['urgent', 'high', 'normal', 'low']

/**
 * One column per status, in the order of the subject's life, each present even when empty so
 * the board keeps its shape from week to week; most urgent first, then by title.
 */
export function groupByStatus<T extends { status: SubjectStatus; priority?: string | null; title: string }>(
  subjects: readonly T[],
): Column<T>[] {
  const rank = (s: T) => {
    const i = PRIORITY_ORDER.indexOf(s.priority ?? 'normal')
    return i === -1 ? PRIORITY_ORDER.length : i
  }
  return SUBJECT_STATUSES.map((status) => ({
    status,
    label: SUBJECT_STATUS_LABELS[status],
    subjects: subjects
      .filter((s) => s.status === status)
      .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, 'fr')),
  }))
}

/** Subjects someone is working towards: on the board whatever week's agenda they are on. */
export const IN_FLIGHT: readonly SubjectStatus[] = ['accepted', 'assigned', 'in-progress']
/** Delivered subjects stay on the board this long after their last change. */
export const DELIVERED_SHOWN_DAYS = 14

export type Message = { key: string; vars: Record<string, string | number> }
type Decision = {
  decision: string
  assignee?: { name: string | null } | null
  dueDate?: string | null
  note?: string | null
}

/** A day as the newsroom says it in short: "13 déc.", "13 Dec". */
export function shortDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
    day: 'numeric',
    month: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso))
}

/**
 * A meeting's decision as a sentence ("Attribué à Julien Moreau pour le 13 déc."): the key of its
 * wording in the translations (`newsroom:boardDecision_<decision>[_to][_by]`) and what fills it.
 */
export function decisionMessage(decision: Decision, language: string): Message {
  const vars: Record<string, string> = {}
  let key = `boardDecision_${decision.decision}`
  if (decision.decision === 'assigned' && decision.assignee?.name) {
    key += '_to'
    vars.name = decision.assignee.name
  }
  if (decision.dueDate && decision.decision !== 'rejected' && decision.decision !== 'postponed') {
    key += '_by'
    vars.date = shortDay(decision.dueDate, language)
  }
  return { key, vars }
}

/** "Semaine 49 (30 nov. – 6 déc.)": the key `newsroom:boardWeek` and its values, for an ISO week. */
export function weekMessage(week: string, monday: string, language: string): Message {
  const sunday = new Date(Date.parse(`${monday}T12:00:00Z`) + 6 * 86_400_000).toISOString()
  return {
    key: 'boardWeek',
    vars: {
      number: Number(week.slice(-2)),
      from: shortDay(`${monday}T12:00:00Z`, language),
      to: shortDay(sunday, language),
    },
  }
}
