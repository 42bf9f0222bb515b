import type { CollectionConfig } from 'payload'

import { readsPressContacts } from '../../access/readsPressContacts'
import { pressSendSummaryEndpoint } from '../../endpoints/pressSendSummary'
import { CONTENT } from '../../lib/permissions'
import { publishable } from '../publishable'
import { sendToPressLists } from './hooks/sendToPressLists'
import { setSpokespeople } from './hooks/setSpokespeople'

/**
 * A press release: a piece like the others (drafts, review, embargo, scheduling, fr/en), and at
 * publication an e-mail to every consented contact of the chosen press lists (under embargo, marked
 * so), through the outbox and its workers.
 */
export const PressReleases: CollectionConfig = publishable({
  slug: 'press-releases',
  labels: {
    singular: { fr: 'Communiqué de presse', en: 'Press release' },
    plural: { fr: 'Communiqués de presse', en: 'Press releases' },
  },
  admin: {
    defaultColumns: ['title', 'workflowStatus', '_status', 'embargoUntil', 'publishedAt'],
    group: { fr: 'Presse', en: 'Press' },
  },
  defaultSort: '-publishedAt',
  hooks: { beforeChange: [setSpokespeople], afterChange: [sendToPressLists] },
  endpoints: [pressSendSummaryEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { fr: 'Titre', en: 'Title' } },
    { name: 'summary', type: 'textarea', localized: true, label: { fr: 'Chapô', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, label: { fr: 'Texte', en: 'Text' } },
    {
      name: 'keyFigures',
      type: 'array',
      label: { fr: 'Chiffres clés', en: 'Key figures' },
      labels: { singular: { fr: 'Chiffre clé', en: 'Key figure' }, plural: { fr: 'Chiffres clés', en: 'Key figures' } },
      fields: [
        { name: 'value', type: 'text', required: true, label: { fr: 'Chiffre', en: 'Figure' } },
        { name: 'label', type: 'text', localized: true, label: { fr: 'Libellé', en: 'Label' } },
      ],
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { fr: 'Pièces jointes (PDF, images)', en: 'Attachments (PDF, images)' },
    },
    {
      name: 'contacts',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { fr: 'Porte-parole', en: 'Spokespeople' },
      admin: {
        description: {
          fr: 'Les personnes du réseau que la presse peut joindre.',
          en: 'The people of the network the press may call.',
        },
      },
    },
    {
      name: 'spokespeople',
      type: 'array',
      label: { fr: 'Porte-parole (noms publics)', en: 'Spokespeople (public names)' },
      labels: {
        singular: { fr: 'Porte-parole', en: 'Spokesperson' },
        plural: { fr: 'Porte-parole', en: 'Spokespeople' },
      },
      admin: {
        readOnly: true,
        description: {
          fr: 'Les noms des porte-parole, tenus à jour à l’enregistrement : ce que le site public affiche.',
          en: 'The spokespeople’s names, kept up to date on save: what the public site shows.',
        },
      },
      fields: [{ name: 'name', type: 'text' }],
    },
    {
      name: 'relatedPieces',
      type: 'relationship',
      relationTo: CONTENT.filter((c) => c !== 'press-releases'),
      hasMany: true,
      label: { fr: 'Contenus liés', en: 'Related pieces' },
    },
    {
      name: 'pressLists',
      type: 'relationship',
      relationTo: 'press-lists',
      hasMany: true,
      access: { read: readsPressContacts, create: readsPressContacts, update: readsPressContacts },
      label: { fr: 'Envoyer aux listes', en: 'Send to lists' },
      admin: {
        position: 'sidebar',
        description: {
          fr: 'À la publication (même sous embargo), chaque contact consentant de ces listes reçoit le communiqué une fois.',
          en: 'On publication (even under embargo), each consenting contact of these lists receives the release once.',
        },
      },
    },
    {
      name: 'pressSendSummary',
      type: 'ui',
      label: { fr: 'Envoi à la presse', en: 'Sent to the press' },
      admin: { position: 'sidebar', components: { Field: '/components/PressSendSummary#PressSendSummary' } },
    },
  ],
})
