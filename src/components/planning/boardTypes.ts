import type { SubjectStatus } from '../../lib/subjectFlow'
import type { Person } from './api'

/** What GET /api/editorial-meetings/:id/board returns (src/endpoints/meetingBoard.ts). */
export type Card = {
  id: number
  /** On this meeting's agenda or decided in it; otherwise shown because it is in flight. */
  onAgenda: boolean
  title: string
  angle: string | null
  priority: string
  targetType: string | null
  status: SubjectStatus
  assignee: Person | null
  dueDate: string | null
  deliverable: {
    collection: string
    id: number | string
    title: string | null
    status: string | null
    workflowStatus: string | null
  } | null
  decision: { decision: string; assignee: Person | null; dueDate: string | null; note: string | null } | null
  moves: SubjectStatus[]
}

export type BoardData = {
  meeting: {
    id: number
    week: string
    date: string
    status: 'planned' | 'open' | 'closed'
    facilitator: Person | null
    attendees: Person[]
  }
  canDecide: boolean
  columns: { status: SubjectStatus; label: string; subjects: Card[] }[]
}

export type DecisionInput = {
  decision: string
  assignee?: number | string | null
  dueDate?: string | null
  note?: string | null
}
