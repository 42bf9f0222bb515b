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
export function groupByStatus<T extends { status: SubjectStatus; priority?: string | null; title: string }>(subjects: readonly T[]): Column<T>[] {
  const rank = (s: T) => {
    const i = PRIORITY_ORDER.indexOf(s.priority ?? 'normal')
    return i === -1 ? PRIORITY_ORDER.length : i
  }
  return SUBJECT_STATUSES.map((status) => ({
    status,
    label: SUBJECT_STATUS_LABELS[status],
    subjects: subjects.filter((s) => s.status === status).sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, 'fr')),
  }))
}
