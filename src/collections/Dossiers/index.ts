import type { CollectionConfig } from 'payload'

import { publishable } from '../publishable'
import { PHASE_OPTIONS } from './phases'

export const DOSSIER_ITEM_TYPES = ['articles', 'success-stories', 'initiatives', 'faqs', 'guides', 'events'] as const

export const Dossiers: CollectionConfig = publishable({
  slug: 'dossiers',
  labels: { singular: { fr: 'Dossier', en: 'Dossier' }, plural: { fr: 'Dossiers', en: 'Dossiers' } },
  admin: { defaultColumns: ['title', 'phase', '_status'], group: { fr: 'Classement', en: 'Taxonomy' } },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { fr: 'Titre', en: 'Title' } },
    {
      name: 'phase',
      type: 'select',
      required: true,
      label: { fr: 'Phase', en: 'Phase' },
      options: PHASE_OPTIONS,
    },
    { name: 'description', type: 'textarea', localized: true, label: { fr: 'Présentation', en: 'Description' } },
    {
      name: 'items',
      type: 'relationship',
      relationTo: [...DOSSIER_ITEM_TYPES],
      hasMany: true,
      label: { fr: 'Contenus (dans l’ordre)', en: 'Items (in order)' },
    },
  ],
})
