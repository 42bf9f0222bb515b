import type { CollectionConfig } from 'payload'

import { departmentCodeField, regionField } from '../../fields/taxonomy'
import { linksField } from '../../fields/url'
import { publishable } from '../publishable'

export const SuccessStories: CollectionConfig = publishable({
  slug: 'success-stories',
  slugFrom: 'companyName',
  labels: {
    singular: { fr: 'Réussite d’entreprise', en: 'Success story' },
    plural: { fr: 'Réussites d’entreprises', en: 'Success stories' },
  },
  admin: {
    defaultColumns: ['companyName', 'sector', '_status', 'publishedAt'],
    group: { fr: 'Contenus', en: 'Content' },
  },
  fields: [
    { name: 'companyName', type: 'text', required: true, label: { fr: 'Entreprise', en: 'Company' } },
    { name: 'sector', type: 'text', localized: true, label: { fr: 'Secteur', en: 'Sector' } },
    {
      name: 'territory',
      type: 'group',
      label: { fr: 'Territoire', en: 'Territory' },
      fields: [regionField(), departmentCodeField()],
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { fr: 'Logo', en: 'Logo' } },
    { name: 'summary', type: 'textarea', localized: true, label: { fr: 'Résumé', en: 'Summary' } },
    { name: 'story', type: 'richText', localized: true, label: { fr: 'Récit', en: 'Story' } },
    {
      name: 'solidarityActions',
      type: 'array',
      label: { fr: 'Actions solidaires', en: 'Solidarity actions' },
      fields: [
        { name: 'what', type: 'text', required: true, localized: true, label: { fr: 'Quoi', en: 'What' } },
        { name: 'forWhom', type: 'text', localized: true, label: { fr: 'Pour qui', en: 'For whom' } },
        { name: 'howMuch', type: 'text', localized: true, label: { fr: 'Combien', en: 'How much' } },
      ],
    },
    {
      name: 'quote',
      type: 'group',
      label: { fr: 'Citation', en: 'Quote' },
      fields: [
        { name: 'text', type: 'textarea', localized: true, label: { fr: 'Texte', en: 'Text' } },
        { name: 'person', type: 'text', label: { fr: 'Personne', en: 'Person' } },
        { name: 'role', type: 'text', localized: true, label: { fr: 'Fonction', en: 'Role' } },
      ],
    },
    {
      name: 'chamber',
      type: 'relationship',
      relationTo: 'chambers',
      label: { fr: 'Chambre qui a accompagné', en: 'Supporting chamber' },
    },
    linksField('links', { fr: 'Liens', en: 'Links' }),
    { name: 'gallery', type: 'upload', relationTo: 'media', hasMany: true, label: { fr: 'Galerie', en: 'Gallery' } },
  ],
})
