import type { CollectionConfig } from 'payload'

import { guidesOverdue } from '../../endpoints/guidesOverdue'
import { urlField } from '../../fields/url'
import { publishable } from '../publishable'

export const Guides: CollectionConfig = publishable({
  slug: 'guides',
  labels: {
    singular: { fr: 'Fiche pratique', en: 'Guide' },
    plural: { fr: 'Base de connaissances', en: 'Knowledge base' },
  },
  defaultSort: 'reviewDueAt',
  admin: {
    defaultColumns: ['title', 'reviewDueAt', 'lastReviewedAt', '_status'],
    group: { fr: 'Contenus', en: 'Content' },
    description: {
      fr: 'Triée par échéance de relecture : les plus urgentes en tête.',
      en: 'Sorted by review due date: most urgent first.',
    },
    components: { beforeListTable: ['/components/OverdueGuidesLink#OverdueGuidesLink'] },
  },
  endpoints: [guidesOverdue],
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { fr: 'Titre', en: 'Title' } },
    { name: 'body', type: 'richText', localized: true, label: { fr: 'Contenu', en: 'Body' } },
    {
      name: 'legalReferences',
      type: 'array',
      label: { fr: 'Références juridiques', en: 'Legal references' },
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: { fr: 'Texte', en: 'Label' } },
        { name: 'reference', type: 'text', label: { fr: 'Référence (ex. art. L. 611-1)', en: 'Reference' } },
        urlField('url', { fr: 'Lien Légifrance', en: 'Link' }),
      ],
    },
    {
      name: 'reviewDueAt',
      type: 'date',
      required: true,
      index: true,
      label: { fr: 'Relecture avant', en: 'Review due' },
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
