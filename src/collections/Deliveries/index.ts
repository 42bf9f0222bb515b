import type { CollectionConfig } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'
import { readsDestinations } from '../../access/readsDestinations'
import { readsPressContacts } from '../../access/readsPressContacts'
import { DELIVERY_STATUSES, EVENTS, NETWORKS } from '../../distribution/types'
import { replayDeliveriesEndpoint, retryDeliveryEndpoint } from '../../endpoints/retryDeliveries'
import { CONTENT } from '../../lib/permissions'
import { resultField, saidField } from './said'

const STATUS_LABELS: Record<(typeof DELIVERY_STATUSES)[number], { fr: string; en: string }> = {
  queued: { fr: 'En file', en: 'Queued' },
  sending: { fr: 'En cours d’envoi', en: 'Sending' },
  delivered: { fr: 'Délivré', en: 'Delivered' },
  retrying: { fr: 'Nouvel essai prévu', en: 'Retrying' },
  failed: { fr: 'Échec', en: 'Failed' },
  cancelled: { fr: 'Annulé', en: 'Cancelled' },
}

/**
 * The outbox: one row per message owed to a destination, written in the transaction of the change
 * that causes it, then sent by a worker that leases it (src/distribution/worker.ts). Read-only to
 * people; only the platform writes here.
 */
export const Deliveries: CollectionConfig = {
  slug: 'deliveries',
  labels: { singular: { fr: 'Envoi', en: 'Delivery' }, plural: { fr: 'Envois', en: 'Deliveries' } },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'itemTitle',
    defaultColumns: ['itemTitle', 'destination', 'network', 'event', 'status', 'result', 'updatedAt'],
    group: { fr: 'Diffusion', en: 'Distribution' },
  },
  access: accessFromMatrix('deliveries'),
  disableDuplicate: true,
  endpoints: [retryDeliveryEndpoint, replayDeliveriesEndpoint],
  indexes: [{ fields: ['status', 'nextAttemptAt'] }, { fields: ['itemCollection', 'itemId'] }],
  fields: [
    // Empty once the destination is deleted: its name stays below, so the history still says where it went.
    {
      name: 'destination',
      type: 'relationship',
      relationTo: 'destinations',
      index: true,
      label: { fr: 'Destination', en: 'Destination' },
    },
    // A copy of the name, kept when the destination is deleted; readable only where the destination is.
    {
      name: 'destinationName',
      type: 'text',
      access: { read: readsDestinations },
      label: { fr: 'Nom de la destination', en: 'Destination name' },
    },
    // A press release's e-mail goes to one press contact, not to a destination. Who it went to is
    // personal data: readable (and usable in a `where`) only by those who read press contacts.
    {
      name: 'channel',
      type: 'select',
      required: true,
      defaultValue: 'destination',
      index: true,
      options: [
        { value: 'destination', label: { fr: 'Destination', en: 'Destination' } },
        { value: 'email', label: { fr: 'E-mail', en: 'E-mail' } },
      ],
      label: { fr: 'Canal', en: 'Channel' },
    },
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'media-contacts',
      index: true,
      access: { read: readsPressContacts },
      label: { fr: 'Destinataire', en: 'Recipient' },
    },
    // One e-mail per release and contact, ever: a second publication finds it here and adds none.
    { name: 'recipientKey', type: 'text', unique: true, access: { read: readsPressContacts }, admin: { hidden: true } },
    { name: 'item', type: 'relationship', relationTo: [...CONTENT], label: { fr: 'Contenu', en: 'Item' } },
    // The item again as plain columns: the worker's queries and the edit view's summary read them.
    { name: 'itemCollection', type: 'text', required: true, admin: { hidden: true } },
    { name: 'itemId', type: 'text', required: true, admin: { hidden: true } },
    { name: 'itemTitle', type: 'text', label: { fr: 'Titre', en: 'Title' } },
    {
      name: 'event',
      type: 'select',
      required: true,
      options: EVENTS.map((value) => ({ value, label: value })),
      label: { fr: 'Événement', en: 'Event' },
    },
    {
      name: 'network',
      type: 'select',
      options: NETWORKS.map((value) => ({ value, label: value })),
      label: { fr: 'Réseau', en: 'Network' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'queued',
      options: DELIVERY_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      label: { fr: 'Statut', en: 'Status' },
    },
    {
      name: 'attempts',
      type: 'array',
      label: { fr: 'Tentatives', en: 'Attempts' },
      labels: { singular: { fr: 'Tentative', en: 'Attempt' }, plural: { fr: 'Tentatives', en: 'Attempts' } },
      fields: [
        { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'statusCode', type: 'number' },
        { name: 'outcome', type: 'text' },
        // In English, for logs and operators; the admin shows `result`, in the reader's language.
        { name: 'message', type: 'text', admin: { hidden: true } },
        saidField,
        resultField('message', { fr: 'Message', en: 'Message' }),
        { name: 'durationMs', type: 'number' },
      ],
    },
    {
      name: 'lastMessage',
      type: 'text',
      label: { fr: 'Dernier message (anglais)', en: 'Last message (English)' },
      admin: { hidden: true },
    },
    saidField,
    resultField('lastMessage', { fr: 'Dernier message', en: 'Last message' }),
    { name: 'externalId', type: 'text', index: true, label: { fr: 'Identifiant chez le service', en: 'External id' } },
    { name: 'webhookId', type: 'text', required: true, index: true, label: { fr: 'webhook-id', en: 'webhook-id' } },
    {
      name: 'nextAttemptAt',
      type: 'date',
      label: { fr: 'Prochain essai', en: 'Next attempt' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'deliveredAt',
      type: 'date',
      label: { fr: 'Délivré le', en: 'Delivered at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    // The message itself, fixed when the change committed: every attempt sends the same body.
    { name: 'body', type: 'json', label: { fr: 'Message', en: 'Message' } },
    { name: 'orderKey', type: 'text', required: true, index: true, admin: { hidden: true } },
    { name: 'leaseOwner', type: 'text', admin: { hidden: true } },
    { name: 'leaseExpiresAt', type: 'date', admin: { hidden: true } },
  ],
}
