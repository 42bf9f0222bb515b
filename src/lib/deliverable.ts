import { AUTHOR_FIELD, CHAMBER_FIELD, CONTENT } from './permissions'

export type ContentCollection = (typeof CONTENT)[number]

/** The field each content collection is named by. */
export const TITLE_FIELD: Partial<Record<ContentCollection, string>> = {
  'success-stories': 'companyName',
  faqs: 'question',
}

export const titleFieldOf = (collection: string) => TITLE_FIELD[collection as ContentCollection] ?? 'title'

export const isContentCollection = (value: unknown): value is ContentCollection =>
  (CONTENT as readonly unknown[]).includes(value)

export type SubjectForDraft = { title: string; topics?: readonly unknown[] | null }
export type Assignee = { id: number | string; chamber?: unknown }

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * Collections not named by a headline: a success story is named by its company, and a subject's
 * title ("How a bakery trained five apprentices") is no company name.
 */
const NAMED_BY_OTHER_THAN_HEADLINE: readonly ContentCollection[] = ['success-stories']

/**
 * The first draft of the piece that delivers a subject: its title (where the piece has a headline),
 * its topics, its assignee as author and, for a chamber's correspondent, their chamber. Drafts are
 * saved without validation, so a required name left empty is asked for only at publication.
 */
export function draftFromSubject(
  collection: ContentCollection,
  subject: SubjectForDraft,
  assignee: Assignee,
): Record<string, unknown> {
  const data: Record<string, unknown> = { workflowStatus: 'draft' }
  if (!NAMED_BY_OTHER_THAN_HEADLINE.includes(collection)) data[titleFieldOf(collection)] = subject.title
  if (subject.topics?.length) data.topics = subject.topics.map(idOf)
  if (AUTHOR_FIELD[collection]) data[AUTHOR_FIELD[collection]] = [assignee.id]
  const chamberField = CHAMBER_FIELD[collection]
  if (chamberField && assignee.chamber) data[chamberField] = idOf(assignee.chamber)
  return data
}
