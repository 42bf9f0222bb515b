import type { CollectionConfig, Field } from 'payload'

import { editorsOrAdmins } from '../access/editorsOrAdmins'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { staffWithRole } from '../access/staffWithRole'
import { slugField } from '../fields/slug'
import { audiencesField, topicsField } from '../fields/taxonomy'
import { setPublishedAt } from '../hooks/setPublishedAt'

type Options = Omit<CollectionConfig, 'fields' | 'versions'> & {
  fields: Field[]
  /** The field the slug is made from. */
  slugFrom?: string
  /** Collections that carry topics and audiences themselves (or not at all) opt out. */
  taxonomy?: boolean
}

/**
 * What every piece the newsroom publishes shares: drafts with autosave and scheduled publishing,
 * a unique slug, the date of first publication, topics and audiences, and one read rule.
 */
export function publishable({ fields, slugFrom = 'title', taxonomy = true, hooks, access, admin, ...config }: Options): CollectionConfig {
  return {
    ...config,
    admin: { defaultColumns: [slugFrom, '_status', 'updatedAt'], ...admin, useAsTitle: admin?.useAsTitle ?? slugFrom },
    access: { read: publishedOrStaff, create: staffWithRole, update: staffWithRole, delete: editorsOrAdmins, ...access },
    versions: {
      maxPerDoc: 100,
      drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    },
    hooks: { ...hooks, beforeChange: [setPublishedAt, ...(hooks?.beforeChange ?? [])] },
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
      ...(taxonomy ? [topicsField(), audiencesField()] : []),
    ],
  }
}

export const PUBLISHABLE_COLLECTIONS = ['articles', 'success-stories', 'initiatives', 'faqs', 'guides', 'events', 'dossiers'] as const
