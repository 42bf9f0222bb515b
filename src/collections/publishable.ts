import type { CollectionConfig, Field } from 'payload'

import { accessFromMatrix } from '../access/byMatrix'
import { scheduleEndpoint } from '../endpoints/schedule'
import { readersOf } from '../access/readersOf'
import { deliveriesSummaryField } from '../fields/deliveriesSummary'
import { shownToReadersOf } from '../fields/shownTo'
import { slugField } from '../fields/slug'
import { socialField, socialPreviewField } from '../fields/social'
import { audiencesField, topicsField } from '../fields/taxonomy'
import { workflowFields } from '../fields/workflow'
import {
  auditContentChange,
  auditContentDelete,
  auditRestoreVersion,
  guardRestoreVersion,
  noteDraftSave,
} from '../hooks/auditContent'
import { checkSocialCopy } from '../hooks/checkSocialCopy'
import { deliverSubjects } from '../hooks/deliverSubjects'
import { distributeChange, distributeDeletion, noteLiveState } from '../hooks/distributeChanges'
import { enforceWorkflow } from '../hooks/enforceWorkflow'
import { guardRestrictedFields } from '../hooks/guardRestrictedFields'
import { keepLiveVersion } from '../hooks/keepLiveVersion'
import { notifyReview } from '../hooks/notifyReview'
import { setCreatedBy } from '../hooks/setCreatedBy'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { CONTENT } from '../lib/permissions'
import { isStaff } from '../lib/roles'
import { previewButtonFor } from '../site/previewLinks'

type Options = Omit<CollectionConfig, 'fields' | 'versions' | 'access'> & {
  fields: Field[]
  /** The field the slug is made from. */
  slugFrom?: string
}

/**
 * Public lists filter on the status and sort on a date: each needs a compound index, or the
 * database sorts every published row on every request. Counting what the public sees (status and
 * embargo) is answered from the (status, embargo) index alone, without reading the rows.
 */
function publicIndexes(defaultSort: CollectionConfig['defaultSort']): NonNullable<CollectionConfig['indexes']> {
  const sortField = typeof defaultSort === 'string' ? defaultSort.replace(/^-/, '') : undefined
  const fields = ['publishedAt', 'embargoUntil', ...(sortField && sortField !== 'publishedAt' ? [sortField] : [])]
  return fields.map((field) => ({ fields: ['_status', field] }))
}

/** Lists show the review step right after the title: "Brouillon" alone does not say where a piece stands. */
const withReviewStep = (columns: string[]): string[] =>
  columns.includes('workflowStatus') ? columns : [columns[0], 'workflowStatus', ...columns.slice(1)]

/**
 * What every piece the newsroom publishes shares: drafts with autosave and scheduled publishing,
 * the review workflow and embargo, access from the permission matrix, the audit trail, a unique
 * slug, the date of first publication, topics and audiences.
 */
export function publishable({ fields, slugFrom = 'title', hooks, admin, ...config }: Options): CollectionConfig {
  return {
    ...config,
    admin: {
      preview: previewButtonFor(config.slug),
      ...admin,
      defaultColumns: withReviewStep(admin?.defaultColumns ?? [slugFrom, '_status', 'updatedAt']),
      useAsTitle: admin?.useAsTitle ?? slugFrom,
      components: {
        ...admin?.components,
        edit: {
          ...admin?.components?.edit,
          // The review step and its next move sit in the header; Payload's publish button shows only when it can succeed.
          beforeDocumentControls: [
            '/components/WorkflowControl#WorkflowControl',
            ...(admin?.components?.edit?.beforeDocumentControls ?? []),
          ],
          PublishButton: '/components/editView/GatedPublishButton#GatedPublishButton',
        },
      },
    },
    access: accessFromMatrix(config.slug),
    indexes: [...publicIndexes(config.defaultSort), ...(config.indexes ?? [])],
    endpoints: [...(config.endpoints || []), scheduleEndpoint(config.slug)],
    // Bulk publishing would skip the per-piece review; publishing happens from each piece's page.
    disableBulkEdit: true,
    versions: {
      maxPerDoc: 100,
      drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    },
    hooks: {
      ...hooks,
      beforeOperation: [
        guardRestoreVersion,
        guardRestrictedFields,
        keepLiveVersion,
        noteDraftSave,
        ...(hooks?.beforeOperation ?? []),
      ],
      beforeChange: [
        setCreatedBy,
        enforceWorkflow,
        setPublishedAt,
        checkSocialCopy,
        ...(hooks?.beforeChange ?? []),
        noteLiveState,
      ],
      afterChange: [...(hooks?.afterChange ?? []), auditContentChange, deliverSubjects, notifyReview, distributeChange],
      afterDelete: [...(hooks?.afterDelete ?? []), auditContentDelete, distributeDeletion],
      afterOperation: [...(hooks?.afterOperation ?? []), auditRestoreVersion],
    },
    fields: [
      ...fields,
      slugField(slugFrom),
      {
        name: 'publishedAt',
        type: 'date',
        index: true,
        label: { fr: 'Publié le', en: 'Published at' },
        admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      topicsField(),
      audiencesField(),
      ...workflowFields(),
      socialField(),
      socialPreviewField(),
      deliveriesSummaryField(),
      ...planningJoins(),
    ],
  }
}

/** The newsroom's side of a piece, read from the subjects and comments that point at it. */
function planningJoins(): Field[] {
  const staffOnly = ({ req }: { req: { user?: { roles?: string[] | null } | null } }) => isStaff(req.user)
  return [
    {
      name: 'subjects',
      type: 'join',
      collection: 'subjects',
      on: 'deliverable',
      label: { fr: 'Sujet planifié', en: 'Planned subject' },
      access: { read: staffOnly },
      admin: { allowCreate: false, defaultColumns: ['title', 'status', 'assignee', 'dueDate'] },
    },
    {
      name: 'comments',
      type: 'join',
      collection: 'comments',
      on: 'target',
      label: { fr: 'Commentaires', en: 'Comments' },
      access: { read: readersOf('comments') },
      admin: { condition: shownToReadersOf('comments'), defaultColumns: ['body', 'author', 'resolved', 'createdAt'] },
    },
  ]
}

export const PUBLISHABLE_COLLECTIONS = CONTENT
