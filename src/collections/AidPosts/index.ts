import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { chamberModerators } from '../../access/chamberModerators'
import { listingReaders } from '../../access/listingReaders'
import { listingEndpoints } from '../../endpoints/listings'
import { aidPostContactEndpoint } from '../../endpoints/listings/aidPostContact'
import { aidPostsPublicList } from '../../endpoints/listings/aidPostsList'
import { listingLifeFields, listingPlaceFields } from '../../fields/listing'
import { checkModeration, mailModerationDecision } from '../../hooks/moderateListing'
import { AID_CATEGORIES, AID_CATEGORY_LABELS, AID_KIND_LABELS, AID_KINDS, AID_STATES } from '../../lib/crisis/kinds'
import { AID_POSTS } from '../../lib/crisis/listingKinds'
import { parseRateLimit } from '../../lib/rateLimit'

const nobody = () => false

/** Default: 5 relayed messages per address per 10 minutes; `CRISIS_CONTACT_RATE_LIMIT` to change it. */
export const DEFAULT_CONTACT_RATE_LIMIT = { limit: 5, windowMs: 10 * 60_000 }

/**
 * Offers and requests between businesses (equipment, PPE, labour, premises…), on the same
 * submission, owner link, moderation and expiry as the open businesses. No address is ever shown:
 * `POST /api/aid-posts/:id/contact` relays a message to the poster.
 */
export function aidPostsCollection(env: NodeJS.ProcessEnv): CollectionConfig {
  const contactRule = parseRateLimit(
    env.CRISIS_CONTACT_RATE_LIMIT,
    DEFAULT_CONTACT_RATE_LIMIT,
    'CRISIS_CONTACT_RATE_LIMIT',
  )
  return {
    slug: 'aid-posts',
    labels: {
      singular: { fr: 'Annonce d’entraide', en: 'Aid post' },
      plural: { fr: 'Entraide entre entreprises', en: 'Mutual aid' },
    },
    defaultSort: 'submittedAt',
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'kind', 'status', 'state', 'company', 'city', 'possibleDuplicateOf', 'submittedAt'],
      group: { fr: 'Services de crise', en: 'Crisis services' },
    },
    access: { read: listingReaders, create: nobody, update: chamberModerators, delete: admins },
    endpoints: [...listingEndpoints(AID_POSTS, env), aidPostContactEndpoint(contactRule), aidPostsPublicList],
    hooks: { beforeChange: [checkModeration], afterChange: [mailModerationDecision] },
    disableDuplicate: true,
    indexes: [{ fields: ['status', 'expiresAt', 'submittedAt'] }],
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            type: 'select',
            required: true,
            index: true,
            label: { fr: 'Type', en: 'Kind' },
            options: AID_KINDS.map((value) => ({ value, label: AID_KIND_LABELS[value] })),
          },
          {
            name: 'category',
            type: 'select',
            required: true,
            index: true,
            label: { fr: 'Catégorie', en: 'Category' },
            options: AID_CATEGORIES.map((value) => ({ value, label: AID_CATEGORY_LABELS[value] })),
          },
          {
            name: 'state',
            type: 'select',
            required: true,
            defaultValue: 'open',
            index: true,
            label: { fr: 'Avancement', en: 'State' },
            options: AID_STATES.map((value) => ({
              value,
              label: {
                open: { fr: 'Ouverte', en: 'Open' },
                matched: { fr: 'Conclue', en: 'Matched' },
                closed: { fr: 'Close', en: 'Closed' },
              }[value],
            })),
          },
        ],
      },
      { name: 'title', type: 'text', required: true, maxLength: 120, label: { fr: 'Titre', en: 'Title' } },
      {
        name: 'description',
        type: 'textarea',
        required: true,
        maxLength: 2000,
        label: { fr: 'Description', en: 'Description' },
      },
      { name: 'quantity', type: 'text', maxLength: 80, label: { fr: 'Quantité', en: 'Quantity' } },
      { name: 'company', type: 'text', required: true, maxLength: 120, label: { fr: 'Entreprise', en: 'Company' } },
      ...listingPlaceFields(),
      ...listingLifeFields('aid-posts'),
    ],
  }
}
