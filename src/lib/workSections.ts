import { adminPath } from './adminLinks'
import { calendarDate, isoWeekOf } from './isoWeek'
import { overdueRequestsWhere } from './press/requestFlow'
import { AUTHOR_FIELD, CHAMBER_FIELD, CONTENT, CONTRIBUTOR_CONTENT, may, ownerFieldOf } from './permissions'
import {
  byDate,
  byDateDesc,
  workItem,
  type SectionProvider,
  type Viewer,
  type WhereClause,
  type WorkItem,
  type WorkSource,
} from './workViews'

const LIMIT = 20
const NETWORK_NAMES: Record<string, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' }
/** Subjects someone is expected to deliver. */
const OPEN_SUBJECT = ['accepted', 'assigned', 'in-progress']

/** Documents the viewer created or is an author of. */
function ownedBy(collection: string, viewer: Viewer): WhereClause {
  const clauses: WhereClause[] = [{ [ownerFieldOf(collection)]: { equals: viewer.id } }]
  const authors = AUTHOR_FIELD[collection]
  if (authors) clauses.push({ [authors]: { in: [viewer.id] } })
  return clauses.length === 1 ? clauses[0] : { or: clauses }
}

/** The same query over every content collection whose drafts the viewer may read, merged. */
async function pieces(
  source: WorkSource,
  viewer: Viewer,
  where: (collection: string) => WhereClause | null,
  date: string,
  collections: readonly string[] = CONTENT,
): Promise<WorkItem[]> {
  const readable = collections.filter((c) => may(viewer.roles, c, 'read'))
  const found = await Promise.all(
    readable.map(async (collection) => {
      const clause = where(collection)
      if (!clause) return []
      const docs = await source.find({ collection, where: clause, sort: `-${date}`, limit: LIMIT, drafts: true })
      return docs.map((doc) => workItem(collection, doc, doc[date], stateOfPiece(doc)))
    }),
  )
  return found.flat()
}

/** A piece's review step, or "published" for the live version. */
const stateOfPiece = (doc: Record<string, unknown>) => (doc._status === 'published' ? 'published' : doc.workflowStatus)

const piecesIn = (viewer: Viewer, step: string) => async (source: WorkSource) =>
  (
    await pieces(
      source,
      viewer,
      (c) => ({ and: [ownedBy(c, viewer), { workflowStatus: { equals: step } }] }),
      'updatedAt',
    )
  ).sort(byDateDesc)

/** True when some network the piece posts to has copy of its own (an empty text is made from the title). */
export function hasSocialCopy(doc: Record<string, unknown>): boolean {
  const social = (doc.social ?? {}) as Record<string, { enabled?: boolean | null; text?: string | null } | undefined>
  return Object.values(social).some((network) => Boolean(network?.enabled && network.text?.trim()))
}

async function openSubjectsDue(source: WorkSource, now: Date): Promise<Record<string, unknown>[]> {
  const horizon = new Date(now.getTime() + 8 * 86_400_000).toISOString()
  return source.find({
    collection: 'subjects',
    where: { and: [{ status: { in: OPEN_SUBJECT } }, { dueDate: { less_than: horizon } }] },
    sort: 'dueDate',
    limit: 200,
  })
}

const subjectItem = (doc: Record<string, unknown>) => workItem('subjects', doc, doc.dueDate, doc.status)
const isOverdue = (due: unknown, now: Date) =>
  typeof due === 'string' && calendarDate(new Date(due)) < calendarDate(now)

function deliveryItem(doc: Record<string, unknown>, date: unknown): WorkItem {
  const network = NETWORK_NAMES[String(doc.network)] ?? String(doc.destinationName ?? '')
  const base = workItem('deliveries', doc, date, doc.status)
  const piece = doc.itemCollection && doc.itemId ? adminPath(String(doc.itemCollection), String(doc.itemId)) : base.href
  return { ...base, title: `${String(doc.itemTitle ?? base.title)} · ${network}`, href: piece }
}

export const journalistSections: SectionProvider[] = [
  {
    key: 'assignedSubjects',
    roles: ['journalist', 'contributor'],
    load: async (source, viewer) => {
      const docs = await source.find({
        collection: 'subjects',
        where: { and: [{ assignee: { equals: viewer.id } }, { status: { in: ['assigned', 'in-progress'] } }] },
        sort: 'dueDate',
        limit: LIMIT,
      })
      return docs.map(subjectItem).sort(byDate)
    },
  },
  { key: 'myDrafts', roles: ['journalist'], load: (source, viewer) => piecesIn(viewer, 'draft')(source) },
  {
    key: 'changesRequested',
    roles: ['journalist', 'contributor'],
    load: (source, viewer) => piecesIn(viewer, 'changes-requested')(source),
  },
]

export const editorSections: SectionProvider[] = [
  {
    key: 'toReview',
    roles: ['editor', 'admin'],
    load: async (source, viewer) =>
      (await pieces(source, viewer, () => ({ workflowStatus: { equals: 'in-review' } }), 'updatedAt')).sort(byDate),
  },
  {
    key: 'approvedUnpublished',
    roles: ['editor', 'admin'],
    load: async (source, viewer) =>
      (
        await pieces(
          source,
          viewer,
          () => ({ and: [{ workflowStatus: { equals: 'approved' } }, { _status: { not_equals: 'published' } }] }),
          'updatedAt',
        )
      ).sort(byDate),
  },
  {
    key: 'dueThisWeek',
    roles: ['editor', 'admin'],
    load: async (source, _viewer, now) =>
      (await openSubjectsDue(source, now))
        .filter((s) => !isOverdue(s.dueDate, now) && isoWeekOf(new Date(String(s.dueDate))) === isoWeekOf(now))
        .map(subjectItem),
  },
  {
    key: 'overdue',
    roles: ['editor', 'admin'],
    load: async (source, _viewer, now) =>
      (await openSubjectsDue(source, now)).filter((s) => isOverdue(s.dueDate, now)).map(subjectItem),
  },
]

/** The press room's part of the editor's view: journalists' requests past their deadline, oldest first. */
export const pressSections: SectionProvider[] = [
  {
    key: 'overdueMediaRequests',
    roles: ['editor', 'admin'],
    load: async (source, _viewer, now) => {
      const docs = await source.find({
        collection: 'media-requests',
        where: overdueRequestsWhere(now),
        sort: 'deadline',
        limit: LIMIT,
      })
      return docs.map((doc) => ({
        ...workItem('media-requests', doc, doc.deadline, doc.status),
        title: `${String(doc.outlet ?? '')} · ${String(doc.subject ?? '')}`,
      }))
    },
  },
]

export const communitySections: SectionProvider[] = [
  {
    key: 'withoutSocialCopy',
    roles: ['community-manager'],
    load: async (source) => {
      const found = await Promise.all(
        CONTENT.map(async (collection) => {
          const docs = await source.find({
            collection,
            where: { or: [{ workflowStatus: { equals: 'approved' } }, { _status: { equals: 'published' } }] },
            sort: '-updatedAt',
            limit: 100,
            drafts: true,
          })
          return docs
            .filter((doc) => !hasSocialCopy(doc))
            .map((doc) => workItem(collection, doc, doc.updatedAt, stateOfPiece(doc)))
        }),
      )
      return found
        .flat()
        .sort(byDateDesc)
        .slice(0, LIMIT * 2)
    },
  },
  {
    key: 'scheduledPosts',
    roles: ['community-manager'],
    load: async (source) => {
      const docs = await source.find({
        collection: 'deliveries',
        where: { and: [{ network: { exists: true } }, { status: { in: ['queued', 'retrying', 'sending'] } }] },
        sort: 'nextAttemptAt',
        limit: LIMIT,
      })
      return docs.map((doc) => deliveryItem(doc, doc.nextAttemptAt))
    },
  },
  {
    key: 'failedDeliveries',
    roles: ['community-manager'],
    load: async (source) => {
      const docs = await source.find({
        collection: 'deliveries',
        where: { status: { equals: 'failed' } },
        sort: '-updatedAt',
        limit: LIMIT,
      })
      return docs.map((doc) => deliveryItem(doc, doc.updatedAt))
    },
  },
]

export const contributorSections: SectionProvider[] = [
  {
    key: 'chamberPieces',
    roles: ['contributor'],
    load: async (source, viewer) => {
      if (!viewer.chamber) return []
      const chamber = viewer.chamber
      const items = await pieces(
        source,
        viewer,
        (c) => ({ [CHAMBER_FIELD[c]]: { equals: chamber } }),
        'updatedAt',
        CONTRIBUTOR_CONTENT,
      )
      return items.sort(byDateDesc)
    },
  },
  {
    key: 'mySubjects',
    roles: ['contributor'],
    load: async (source, viewer) => {
      const docs = await source.find({
        collection: 'subjects',
        where: { createdBy: { equals: viewer.id } },
        sort: '-updatedAt',
        limit: LIMIT,
      })
      return docs.map((doc) => workItem('subjects', doc, doc.dueDate ?? doc.updatedAt, doc.status))
    },
  },
]

/**
 * Every section of the work views, in display order. A module adds its own by appending a provider
 * (and the title `work_<key>` to the translations).
 */
export const WORK_SECTIONS: SectionProvider[] = [
  ...journalistSections,
  ...editorSections,
  ...pressSections,
  ...communitySections,
  ...contributorSections,
]
