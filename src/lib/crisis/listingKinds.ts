import { AID_FREE_TEXT, AID_SPEC, BUSINESS_FREE_TEXT, BUSINESS_SPEC, type Service } from './kinds'
import type { Spec } from './submission'

/** What differs between the two services; everything else (submission, owner link, moderation, expiry) is shared. */
export type ListingKind = {
  slug: 'businesses' | 'aid-posts'
  service: Service
  spec: Spec
  freeText: string[]
  titleField: 'name' | 'title'
  /** Words for e-mails: "la carte des commerces ouverts". */
  serviceName: string
  /** The site page where the owner's link lands. */
  managePath: string
  /** What the public (and the owner's page) is shown of a listing. */
  publicFields: readonly string[]
  /** Set on every new listing besides the form's fields. */
  initial: Record<string, unknown>
}

const PLACE = ['postalCode', 'city', 'departmentCode', 'latitude', 'longitude'] as const

export const BUSINESSES: ListingKind = {
  slug: 'businesses',
  service: 'open-businesses',
  spec: BUSINESS_SPEC,
  freeText: BUSINESS_FREE_TEXT,
  titleField: 'name',
  serviceName: 'carte des commerces ouverts',
  managePath: '/commerces-ouverts/gerer',
  publicFields: [
    'id',
    'name',
    'category',
    'description',
    'address',
    ...PLACE,
    'hours',
    'services',
    'phone',
    'website',
    'publicEmail',
    'expiresAt',
  ],
  initial: {},
}

export const AID_POSTS: ListingKind = {
  slug: 'aid-posts',
  service: 'mutual-aid',
  spec: AID_SPEC,
  freeText: AID_FREE_TEXT,
  titleField: 'title',
  serviceName: 'bourse d’entraide entre entreprises',
  managePath: '/entraide/gerer',
  publicFields: [
    'id',
    'kind',
    'category',
    'title',
    'description',
    'quantity',
    'company',
    ...PLACE,
    'state',
    'expiresAt',
  ],
  initial: { state: 'open' },
}

/** A listing as the public sees it: nothing private, nothing of the moderation. */
export const publicShape = (kind: ListingKind, doc: Record<string, unknown>) =>
  Object.fromEntries(kind.publicFields.map((field) => [field, doc[field] ?? null]))

export const LISTING_KINDS = [BUSINESSES, AID_POSTS] as const
export const kindOf = (slug: string) => LISTING_KINDS.find((kind) => kind.slug === slug)
