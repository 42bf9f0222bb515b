import type { CollectionConfig, FieldAccess } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'
import { DESTINATION_KINDS, NETWORKS } from '../../distribution/types'
import { CONTENT } from '../../lib/permissions'
import { checkDestination } from './hooks/checkDestination'
import { keepDeliveryHistory } from './hooks/keepDeliveryHistory'
import { reportSecretSet } from './hooks/reportSecretSet'
import { storeSecret } from './hooks/storeSecret'
import { resultField, saidGroup } from '../Deliveries/said'

const nobody: FieldAccess = () => false

const KIND_LABELS: Record<(typeof DESTINATION_KINDS)[number], string> = {
  'site-webhook': 'Site (webhook de revalidation)',
  webhook: 'Webhook signé',
  buffer: 'Buffer',
  hootsuite: 'Hootsuite',
  ayrshare: 'Ayrshare',
}

/**
 * Where published pieces are sent: the public site and the social schedulers. Credentials are
 * write-only: no API, admin page, log line or error message returns them once saved.
 */
export const Destinations: CollectionConfig = {
  slug: 'destinations',
  labels: { singular: { fr: 'Destination', en: 'Destination' }, plural: { fr: 'Destinations', en: 'Destinations' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'enabled', 'disabledBecause', 'updatedAt'],
    group: { fr: 'Diffusion', en: 'Distribution' },
  },
  access: accessFromMatrix('destinations'),
  disableDuplicate: true,
  hooks: {
    beforeRead: [reportSecretSet],
    beforeChange: [storeSecret, checkDestination],
    beforeDelete: [keepDeliveryHistory],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { fr: 'Type', en: 'Kind' },
      options: DESTINATION_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
    },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { fr: 'Adresse (URL)', en: 'Endpoint URL' },
      admin: {
        description: {
          fr: 'Webhook : l’adresse qui reçoit les messages. Buffer, Hootsuite, Ayrshare : l’adresse de leur API.',
          en: 'Webhook: the receiving address. Buffer, Hootsuite, Ayrshare: their API address.',
        },
      },
    },
    // Never readable: not through REST, GraphQL, the admin, nor usable in `where` or `sort`.
    { name: 'secret', type: 'text', access: { read: nobody }, admin: { hidden: true } },
    {
      name: 'newSecret',
      type: 'text',
      virtual: true,
      label: { fr: 'Nouveau secret ou clé d’API', en: 'New secret or API key' },
      admin: {
        description: {
          fr: 'Écriture seule : laissé vide, le secret enregistré est conservé. Webhooks : un secret whsec_… (Standard Webhooks).',
          en: 'Write-only: left empty, the saved secret is kept. Webhooks: a whsec_… secret (Standard Webhooks).',
        },
      },
      hooks: { afterRead: [() => undefined] },
    },
    {
      name: 'secretSet',
      type: 'checkbox',
      virtual: true,
      label: { fr: 'Secret enregistré', en: 'Secret saved' },
      admin: { readOnly: true },
    },
    {
      name: 'secretSetAt',
      type: 'date',
      label: { fr: 'Secret changé le', en: 'Secret changed at' },
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    // During a rotation, webhooks are signed with both secrets until the old one expires.
    {
      name: 'previousSecret',
      type: 'text',
      access: { read: nobody, create: nobody, update: nobody },
      admin: { hidden: true },
    },
    {
      name: 'previousSecretExpiresAt',
      type: 'date',
      access: { create: nobody, update: nobody },
      label: { fr: 'Ancien secret valable jusqu’au', en: 'Previous secret valid until' },
      admin: { readOnly: true },
    },
    {
      name: 'accounts',
      type: 'group',
      label: { fr: 'Comptes par réseau', en: 'Accounts per network' },
      admin: {
        description: {
          fr: 'Buffer : l’identifiant du canal ; Hootsuite : l’identifiant du profil social ; Ayrshare : la Profile-Key, ou « default » pour le profil principal.',
          en: 'Buffer: channel id; Hootsuite: social profile id; Ayrshare: the Profile-Key, or "default" for the primary profile.',
        },
      },
      fields: NETWORKS.map((network) => ({
        name: network,
        type: 'text' as const,
        label: { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' }[network],
      })),
    },
    {
      name: 'collections',
      type: 'select',
      hasMany: true,
      label: { fr: 'Contenus diffusés', en: 'Collections sent' },
      admin: { description: { fr: 'Vide : tous.', en: 'Empty: all of them.' } },
      options: CONTENT.map((value) => ({ value, label: value })),
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: { fr: 'Thématiques diffusées', en: 'Topics sent' },
      admin: { description: { fr: 'Vide : toutes.', en: 'Empty: all of them.' } },
    },
    {
      name: 'enabled',
      type: 'checkbox',
      defaultValue: true,
      label: { fr: 'Active', en: 'Enabled' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'disabledReason',
      type: 'text',
      label: { fr: 'Désactivée par la plateforme (anglais)', en: 'Disabled by the platform (English)' },
      access: { create: nobody, update: nobody },
      // In English, for logs and operators; the admin shows `disabledBecause`, in the reader's language.
      admin: { hidden: true },
    },
    saidGroup('disabledSaid', { access: { create: nobody, update: nobody } }),
    resultField(
      'disabledReason',
      { fr: 'Désactivée par la plateforme', en: 'Disabled by the platform' },
      {
        name: 'disabledBecause',
        from: 'disabledSaid',
        admin: { position: 'sidebar', condition: (data: Record<string, unknown>) => Boolean(data?.disabledReason) },
      },
    ),
  ],
}
