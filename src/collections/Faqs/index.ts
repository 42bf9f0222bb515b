import type { CollectionConfig } from 'payload'

import { publishable } from '../publishable'

export const Faqs: CollectionConfig = publishable({
  slug: 'faqs',
  slugFrom: 'question',
  labels: { singular: { fr: 'Question', en: 'FAQ entry' }, plural: { fr: 'FAQ', en: 'FAQ' } },
  defaultSort: 'order',
  admin: {
    defaultColumns: ['question', 'order', 'lastReviewedAt', '_status'],
    group: { fr: 'Contenus', en: 'Content' },
  },
  fields: [
    { name: 'question', type: 'text', required: true, localized: true, label: { fr: 'Question', en: 'Question' } },
    { name: 'answer', type: 'richText', localized: true, label: { fr: 'Réponse', en: 'Answer' } },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      index: true,
      label: { fr: 'Ordre', en: 'Order' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'lastReviewedAt',
      type: 'date',
      label: { fr: 'Dernière relecture', en: 'Last reviewed' },
      admin: { position: 'sidebar' },
    },
  ],
})
