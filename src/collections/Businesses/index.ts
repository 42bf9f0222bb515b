import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { chamberModerators } from '../../access/chamberModerators'
import { listingReaders } from '../../access/listingReaders'
import { listingEndpoints } from '../../endpoints/listings'
import { businessesGeojson } from '../../endpoints/listings/businessesGeojson'
import { businessesNearest } from '../../endpoints/listings/businessesNearest'
import { listingLifeFields, listingPlaceFields } from '../../fields/listing'
import { urlField } from '../../fields/url'
import { checkModeration, mailModerationDecision } from '../../hooks/moderateListing'
import {
  BUSINESS_CATEGORIES,
  BUSINESS_CATEGORY_LABELS,
  BUSINESS_SERVICE_LABELS,
  BUSINESS_SERVICES,
  DAY_LABELS,
  DAYS,
} from '../../lib/crisis/kinds'
import { BUSINESSES } from '../../lib/crisis/listingKinds'

const nobody = () => false

/**
 * Shops, craftspeople and producers still open in a crisis, registered by themselves through the
 * public form (`POST /api/businesses/submit`), moderated by the chamber of their department, and
 * hidden 30 days after the owner last confirmed them.
 */
export function businessesCollection(env: NodeJS.ProcessEnv): CollectionConfig {
  return {
    slug: 'businesses',
    labels: {
      singular: { fr: 'Commerce ouvert', en: 'Open business' },
      plural: { fr: 'Commerces ouverts', en: 'Open businesses' },
    },
    // The moderation queue: oldest first.
    defaultSort: 'submittedAt',
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'status', 'city', 'category', 'possibleDuplicateOf', 'submittedAt'],
      group: { fr: 'Services de crise', en: 'Crisis services' },
      listSearchableFields: ['name', 'city', 'postalCode'],
    },
    access: { read: listingReaders, create: nobody, update: chamberModerators, delete: admins },
    endpoints: [...listingEndpoints(BUSINESSES, env), businessesGeojson, businessesNearest],
    hooks: { beforeChange: [checkModeration], afterChange: [mailModerationDecision] },
    disableDuplicate: true,
    indexes: [{ fields: ['status', 'expiresAt', 'latitude', 'longitude'] }],
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 120, label: { fr: 'Nom', en: 'Name' } },
      {
        name: 'category',
        type: 'select',
        required: true,
        index: true,
        label: { fr: 'Catégorie', en: 'Category' },
        options: BUSINESS_CATEGORIES.map((value) => ({ value, label: BUSINESS_CATEGORY_LABELS[value] })),
      },
      { name: 'description', type: 'textarea', maxLength: 1000, label: { fr: 'Description', en: 'Description' } },
      { name: 'address', type: 'text', required: true, label: { fr: 'Adresse', en: 'Address' } },
      ...listingPlaceFields(),
      {
        name: 'hours',
        type: 'group',
        label: { fr: 'Horaires d’ouverture', en: 'Opening hours' },
        fields: DAYS.map((day) => ({ name: day, type: 'text' as const, maxLength: 80, label: DAY_LABELS[day] })),
      },
      {
        name: 'services',
        type: 'select',
        hasMany: true,
        label: { fr: 'Services', en: 'Services' },
        options: BUSINESS_SERVICES.map((value) => ({ value, label: BUSINESS_SERVICE_LABELS[value] })),
      },
      { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
      urlField('website', { fr: 'Site web', en: 'Website' }),
      { name: 'publicEmail', type: 'email', label: { fr: 'E-mail public', en: 'Public e-mail' } },
      ...listingLifeFields('businesses'),
    ],
  }
}
