import { AUTHOR_FIELD, CHAMBER_FIELD, CONTENT } from './permissions'

export type ContentCollection = (typeof CONTENT)[number]

/** The field each content collection is named by. */
export const TITLE_FIELD: Partial<Record<ContentCollection, string>> = { 'success-stories': 'companyName', faqs: 'question' }

export const titleFieldOf = (collection: string) => TITLE_FIELD[collection as ContentCollection] ?? 'title'

export const isContentCollection = (value: unknown): value is ContentCollection => (CONTENT as readonly unknown[]).includes(value)

export type SubjectForDraft = { title: string; topics?: readonly unknown[] | null }
export type Assignee = { id: number | string; chamber?: unknown }

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * The first draft of the piece that delivers a subject: its title, its topics, its assignee as
 * author and, for a chamber's correspondent, their chamber. Drafts need no other field.
 */
export function draftFromSubject(collection: ContentCollection, subject: SubjectForDraft, assignee: Assignee): Record<string, unknown> {
  const data: Record<string, unknown> = { [titleFieldOf(collection)]: subject.title, workflowStatus: 'draft' }
  if (subject.topics?.length) data.topics = subject.topics.map(idOf)
  if (AUTHOR_FIELD[collection]) data[AUTHOR_FIELD[collection]] = [assignee.id]
  const chamberField = CHAMBER_FIELD[collection]
  if (chamberField && assignee.chamber) data[chamberField] = idOf(assignee.chamber)
  return data
}
