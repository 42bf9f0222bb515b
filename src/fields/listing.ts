import type { Field, FieldAccess } from 'payload'

import { ownerContactReaders } from '../access/ownerContactReaders'
import { departmentCodeField } from './taxonomy'
import { STATUSES } from '../lib/crisis/lifecycle'
import { isStaff } from '../lib/roles'

const staffOnly: FieldAccess = ({ req: { user } }) => isStaff(user)
/** Written by the platform (the submission, the owner's link, the expiry sweep), never by hand. */
const platformOnly: FieldAccess = () => false

const STATUS_LABELS: Record<(typeof STATUSES)[number], { fr: string; en: string }> = {
  pending: { fr: 'En attente de validation', en: 'Pending' },
  published: { fr: 'Publiée', en: 'Published' },
  rejected: { fr: 'Refusée', en: 'Rejected' },
  expired: { fr: 'Expirée', en: 'Expired' },
  withdrawn: { fr: 'Retirée', en: 'Withdrawn' },
}

/** Where the listing stands: from the postal code and the owner's pin, checked at submission. */
export function listingPlaceFields(): Field[] {
  return [
    { name: 'postalCode', type: 'text', required: true, index: true, label: { fr: 'Code postal', en: 'Postal code' } },
    { name: 'city', type: 'text', required: true, label: { fr: 'Commune', en: 'City' } },
    { ...departmentCodeField({ index: true }), admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', required: true, min: -90, max: 90, label: 'Latitude' },
        { name: 'longitude', type: 'number', required: true, min: -180, max: 180, label: 'Longitude' },
      ],
    },
  ]
}

/**
 * What every crisis-service listing shares: the owner's private contact, the chamber that moderates
 * it, the moderation status and the dates of its life (confirmation, expiry, reminder).
 */
export function listingLifeFields(slug: 'businesses' | 'aid-posts'): Field[] {
  return [
    {
      type: 'collapsible',
      label: { fr: 'Propriétaire (privé)', en: 'Owner (private)' },
      admin: {
        description: {
          fr: 'Visible des seuls administrateurs et de la chambre concernée.',
          en: 'Only admins and the listing’s chamber see this.',
        },
      },
      fields: [
        {
          name: 'ownerEmail',
          type: 'email',
          required: true,
          access: { read: ownerContactReaders, update: platformOnly },
          label: { fr: 'E-mail du propriétaire', en: 'Owner’s e-mail' },
        },
        {
          name: 'ownerName',
          type: 'text',
          access: { read: ownerContactReaders, update: platformOnly },
          label: { fr: 'Nom du propriétaire', en: 'Owner’s name' },
        },
      ],
    },
    {
      name: 'chamber',
      type: 'relationship',
      relationTo: 'chambers',
      required: true,
      index: true,
      access: { update: platformOnly },
      label: { fr: 'Chambre', en: 'Chamber' },
      admin: {
        position: 'sidebar',
        description: {
          fr: 'Celle du département : elle modère la fiche.',
          en: 'The department’s: it moderates the listing.',
        },
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { fr: 'Statut', en: 'Status' },
      options: STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'rejectionReason',
      type: 'textarea',
      access: { read: staffOnly },
      label: { fr: 'Motif du refus (envoyé au propriétaire)', en: 'Reason for rejection (sent to the owner)' },
      admin: { position: 'sidebar', condition: (data) => data?.status === 'rejected' },
    },
    {
      name: 'possibleDuplicateOf',
      type: 'relationship',
      relationTo: slug,
      access: { read: staffOnly, update: platformOnly },
      label: { fr: 'Doublon possible de', en: 'Possible duplicate of' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'duplicateKey',
      type: 'text',
      index: true,
      access: { read: staffOnly, update: platformOnly },
      admin: { hidden: true },
    },
    {
      name: 'submittedAt',
      type: 'date',
      required: true,
      index: true,
      access: { update: platformOnly },
      label: { fr: 'Déposée le', en: 'Submitted' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      access: { update: platformOnly },
      label: { fr: 'Confirmée par le propriétaire le', en: 'Confirmed by the owner' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'expiresAt',
      type: 'date',
      index: true,
      access: { update: platformOnly },
      label: { fr: 'Expire le', en: 'Expires' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'reminderFor', type: 'date', access: { read: staffOnly, update: platformOnly }, admin: { hidden: true } },
  ]
}
