import type { CollectionConfig } from 'payload'

import { sponsoredField } from '../../fields/sponsored'
import { territoryField } from '../../fields/taxonomy'
import { linksField } from '../../fields/url'
import { publishable } from '../publishable'
import { creditCreator } from './hooks/creditCreator'
import { setByline } from './hooks/setByline'

export const ARTICLE_FORMATS = ['decryptage', 'news', 'interview', 'guide', 'chronicle'] as const

export const Articles: CollectionConfig = publishable({
  slug: 'articles',
  labels: { singular: { fr: 'Article', en: 'Article' }, plural: { fr: 'Articles', en: 'Articles' } },
  admin: { defaultColumns: ['title', 'format', '_status', 'publishedAt'], group: { fr: 'Contenus', en: 'Content' } },
  hooks: { beforeChange: [creditCreator, setByline] },
  // A client that selects only some fields still learns that a piece is sponsored.
  forceSelect: { sponsor: true, sponsored: true },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { fr: 'Titre', en: 'Title' } },
    { name: 'standfirst', type: 'textarea', localized: true, label: { fr: 'Chapô', en: 'Standfirst' } },
    { name: 'body', type: 'richText', localized: true, label: { fr: 'Corps', en: 'Body' } },
    {
      name: 'format',
      type: 'select',
      required: true,
      defaultValue: 'decryptage',
      label: { fr: 'Format', en: 'Format' },
      options: [
        { value: 'decryptage', label: { fr: 'Décryptage', en: 'Explainer' } },
        { value: 'news', label: { fr: 'Actualité', en: 'News' } },
        { value: 'interview', label: { fr: 'Interview', en: 'Interview' } },
        { value: 'guide', label: { fr: 'Guide pratique', en: 'Guide' } },
        { value: 'chronicle', label: { fr: 'Chronique', en: 'Chronicle' } },
      ] satisfies { value: (typeof ARTICLE_FORMATS)[number]; label: Record<string, string> }[],
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: { fr: 'Image principale', en: 'Hero image' } },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { fr: 'Auteurs', en: 'Authors' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'byline',
      type: 'array',
      label: { fr: 'Signature', en: 'Byline' },
      labels: { singular: { fr: 'Signataire', en: 'Byline' }, plural: { fr: 'Signataires', en: 'Bylines' } },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          fr: 'Noms des auteurs, tenus à jour à l’enregistrement.',
          en: 'Author names, kept up to date on save.',
        },
      },
      fields: [{ name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' } }],
    },
    linksField('sources', { fr: 'Sources', en: 'Sources' }),
    {
      name: 'relatedFaqs',
      type: 'relationship',
      relationTo: 'faqs',
      hasMany: true,
      label: { fr: 'Questions liées', en: 'Related FAQ' },
    },
    territoryField(),
    {
      name: 'sponsor',
      type: 'relationship',
      relationTo: 'partners',
      label: { fr: 'Sponsor', en: 'Sponsor' },
      admin: { position: 'sidebar' },
    },
    sponsoredField(),
    // Read from the dossiers themselves, so the two sides cannot disagree.
    { name: 'dossiers', type: 'join', collection: 'dossiers', on: 'items', label: { fr: 'Dossiers', en: 'Dossiers' } },
  ],
})
