import type { CollectionConfig } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'
import { readsPressContacts } from '../../access/readsPressContacts'
import { eraseContactEndpoint, exportContactEndpoint } from '../../endpoints/mediaContactData'
import { importAcceptEndpoint, importPreviewEndpoint } from '../../endpoints/mediaContactImport'
import { unsubscribeGetEndpoint, unsubscribePostEndpoint } from '../../endpoints/pressUnsubscribe'
import { LEGAL_BASES } from '../../lib/press/contacts'
import { mediumOptions } from '../../lib/press/labels'
import { checkLegalBasis } from './hooks/checkLegalBasis'

const BASIS_LABELS: Record<(typeof LEGAL_BASES)[number], { fr: string; en: string }> = {
  consent: { fr: 'Consentement', en: 'Consent' },
  'legitimate-interest': { fr: 'Intérêt légitime', en: 'Legitimate interest' },
}

// Field rules repeat the collection's: the address must not be readable or usable in a `where`
// through any other path (a delivery's recipient, a join) by someone who may not read contacts.
const personal = { read: readsPressContacts }

/**
 * A journalist on the press list: personal data, read only by those who run press relations. Each
 * record says why we may write to them (consent with its date, or legitimate interest with its
 * note) and where it came from; an opt-out, by the signed link in every release, is final.
 */
export const MediaContacts: CollectionConfig = {
  slug: 'media-contacts',
  labels: {
    singular: { fr: 'Contact presse', en: 'Press contact' },
    plural: { fr: 'Contacts presse', en: 'Press contacts' },
  },
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'outlet', 'medium', 'lists', 'legalBasis', 'optOutAt'],
    group: { fr: 'Presse', en: 'Press' },
  },
  access: accessFromMatrix('media-contacts'),
  endpoints: [
    unsubscribeGetEndpoint,
    unsubscribePostEndpoint,
    importPreviewEndpoint,
    importAcceptEndpoint,
    exportContactEndpoint,
    eraseContactEndpoint,
  ],
  hooks: { beforeValidate: [checkLegalBasis] },
  fields: [
    { name: 'name', type: 'text', required: true, access: personal, label: { fr: 'Nom', en: 'Name' } },
    { name: 'outlet', type: 'text', index: true, label: { fr: 'Média', en: 'Outlet' } },
    {
      name: 'medium',
      type: 'select',
      options: mediumOptions(),
      label: { fr: 'Type de média', en: 'Medium' },
    },
    { name: 'beat', type: 'text', label: { fr: 'Rubrique', en: 'Beat' } },
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      access: personal,
      label: { fr: 'E-mail', en: 'E-mail' },
    },
    { name: 'phone', type: 'text', access: personal, label: { fr: 'Téléphone', en: 'Phone' } },
    {
      name: 'lists',
      type: 'relationship',
      relationTo: 'press-lists',
      hasMany: true,
      index: true,
      label: { fr: 'Listes', en: 'Lists' },
    },
    {
      type: 'collapsible',
      label: { fr: 'Base légale et origine', en: 'Legal basis and source' },
      fields: [
        {
          name: 'legalBasis',
          type: 'select',
          required: true,
          options: LEGAL_BASES.map((value) => ({ value, label: BASIS_LABELS[value] })),
          label: { fr: 'Base légale', en: 'Legal basis' },
        },
        {
          name: 'consentAt',
          type: 'date',
          label: { fr: 'Date du consentement', en: 'Consent date' },
          admin: { condition: (data) => data?.legalBasis === 'consent' },
        },
        {
          name: 'legitimateInterestNote',
          type: 'textarea',
          label: { fr: 'Justification de l’intérêt légitime', en: 'Legitimate interest note' },
          admin: { condition: (data) => data?.legalBasis === 'legitimate-interest' },
        },
        {
          name: 'source',
          type: 'text',
          label: { fr: 'Origine du contact', en: 'Source' },
          admin: {
            description: {
              fr: 'Salon, carte de visite, demande du journaliste, import…',
              en: 'Fair, business card, the journalist’s request, import…',
            },
          },
        },
      ],
    },
    {
      name: 'optOutAt',
      type: 'date',
      index: true,
      label: { fr: 'Désinscrit le', en: 'Opted out at' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'optOutVia',
      type: 'text',
      label: { fr: 'Désinscrit par', en: 'Opted out via' },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
