import type { CollectionConfig } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'
import { urlField } from '../../fields/url'

export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: { fr: 'Partenaire', en: 'Partner' }, plural: { fr: 'Partenaires', en: 'Partners' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind'], group: { fr: 'Réseau', en: 'Network' } },
  access: accessFromMatrix('partners'),
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { fr: 'Type', en: 'Kind' },
      options: [
        { value: 'media-partner', label: { fr: 'Partenaire média', en: 'Media partner' } },
        { value: 'sponsor', label: { fr: 'Sponsor', en: 'Sponsor' } },
      ],
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { fr: 'Logo', en: 'Logo' } },
    urlField('url', { fr: 'Site web', en: 'Website' }),
  ],
}
