import type { CollectionConfig } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'
import { coverageReportEndpoint } from '../../endpoints/coverageReport'
import { mediumOptions, toneOptions } from '../../lib/press/labels'

/** What the press wrote or broadcast about the network: the report sums it by medium, outlet, tone and release. */
export const Coverage: CollectionConfig = {
  slug: 'coverage',
  labels: { singular: { fr: 'Retombée presse', en: 'Coverage item' }, plural: { fr: 'Retombées presse', en: 'Coverage' } },
  defaultSort: '-date',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'outlet', 'medium', 'date', 'tone', 'audience'],
    group: { fr: 'Presse', en: 'Press' },
    components: { beforeList: ['/components/CoverageReport#CoverageReport'] },
  },
  access: accessFromMatrix('coverage'),
  endpoints: [coverageReportEndpoint],
  indexes: [{ fields: ['date'] }],
  fields: [
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    {
      type: 'row',
      fields: [
        { name: 'outlet', type: 'text', required: true, label: { fr: 'Média', en: 'Outlet' } },
        { name: 'medium', type: 'select', required: true, options: mediumOptions(), label: { fr: 'Type de média', en: 'Medium' } },
        { name: 'date', type: 'date', required: true, label: { fr: 'Date', en: 'Date' } },
      ],
    },
    { name: 'url', type: 'text', label: { fr: 'Adresse', en: 'URL' } },
    { name: 'audience', type: 'number', min: 0, label: { fr: 'Audience estimée', en: 'Estimated audience' } },
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'neutral',
      options: toneOptions(),
      label: { fr: 'Tonalité', en: 'Tone' },
    },
    { name: 'release', type: 'relationship', relationTo: 'press-releases', index: true, label: { fr: 'Communiqué', en: 'Release' } },
    { name: 'subject', type: 'relationship', relationTo: 'subjects', label: { fr: 'Sujet', en: 'Subject' } },
    { name: 'spokesperson', type: 'relationship', relationTo: 'users', label: { fr: 'Porte-parole', en: 'Spokesperson' } },
  ],
}
