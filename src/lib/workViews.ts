import { adminPath } from './adminLinks'
import { titleFieldOf } from './deliverable'

/**
 * Personal work views: what waits for the signed-in person, in sections chosen by their roles.
 * Sections come from a list of providers, so a module adds its own ("overdue media requests" for
 * editors) by appending one provider; none of this knows Payload: it asks a `WorkSource`, which the
 * endpoint and the dashboard back with the Local API under the person's own rights.
 */

export type WhereClause = Record<string, unknown>

export type WorkQuery = {
  collection: string
  where: WhereClause
  sort?: string
  limit?: number
  /** Latest versions, drafts included (pieces), instead of published ones. */
  drafts?: boolean
}

export interface WorkSource {
  /** Documents the person may read, as plain objects at depth 0; nothing when they may not read the collection. */
  find(query: WorkQuery): Promise<Record<string, unknown>[]>
}

export type Viewer = { id: number | string; roles: readonly string[]; chamber?: number | string | null }

export type WorkItem = {
  collection: string
  id: number | string
  title: string
  /** The item's edit view in the admin. */
  href: string
  /** A due date, a scheduled time or a last change, as ISO text. */
  date: string | null
  /** The item's state code (review step, subject status, delivery status). */
  state: string | null
}

export type SectionProvider = {
  /** Unique; also the i18n key of the section's title (`newsroom:work_<key>`). */
  key: string
  /** Roles that see the section. */
  roles: readonly string[]
  load(source: WorkSource, viewer: Viewer, now: Date): Promise<WorkItem[]>
}

export type WorkSection = { key: string; items: WorkItem[] }

/** One item per document: its title, its edit view and the date and state the section cares about. */
export function workItem(collection: string, doc: Record<string, unknown>, date: unknown, state: unknown): WorkItem {
  const title = doc[titleFieldOf(collection)] ?? doc.title ?? doc.itemTitle
  return {
    collection,
    id: doc.id as number,
    title: typeof title === 'string' && title.trim() ? title : `#${String(doc.id)}`,
    href: adminPath(collection, doc.id as number),
    date: typeof date === 'string' && date ? date : null,
    state: typeof state === 'string' && state ? state : null,
  }
}

/** The sections for this viewer, in the providers' order; a section with nothing in it is still shown. */
export async function collectWork(
  providers: readonly SectionProvider[],
  source: WorkSource,
  viewer: Viewer,
  now: Date,
): Promise<WorkSection[]> {
  const mine = providers.filter((p) => p.roles.some((role) => viewer.roles.includes(role)))
  return Promise.all(mine.map(async (p) => ({ key: p.key, items: await p.load(source, viewer, now) })))
}

/** Earliest date first; items without one last. */
export const byDate = (a: WorkItem, b: WorkItem) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff')

/** Most recent first. */
export const byDateDesc = (a: WorkItem, b: WorkItem) => (b.date ?? '').localeCompare(a.date ?? '')
