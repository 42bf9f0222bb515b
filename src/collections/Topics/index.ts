import type { CollectionConfig } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'
import { slugField } from '../../fields/slug'

/** The topic tree (parent and breadcrumbs come from the nested-docs plugin). */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { fr: 'Thématique', en: 'Topic' }, plural: { fr: 'Thématiques', en: 'Topics' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'parent', 'slug'],
    group: { fr: 'Classement', en: 'Taxonomy' },
  },
  access: accessFromMatrix('topics'),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { fr: 'Titre', en: 'Title' } },
    { name: 'description', type: 'textarea', localized: true, label: { fr: 'Description', en: 'Description' } },
    slugField('title'),
  ],
}
