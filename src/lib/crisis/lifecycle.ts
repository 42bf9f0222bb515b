/**
 * A listing's life, as data: moderation statuses, what the owner's signed link may do in each, and
 * the clock rules (crisis information goes stale: 30 days without the owner confirming, a reminder 5
 * days before, hidden after).
 */
export const STATUSES = ['pending', 'published', 'rejected', 'expired', 'withdrawn'] as const
export type Status = (typeof STATUSES)[number]

export const OWNER_ACTIONS = ['view', 'confirm', 'update', 'renew', 'withdraw', 'matched', 'close'] as const
export type OwnerAction = (typeof OWNER_ACTIONS)[number]

const DAY = 86_400_000
export const LIFETIME_DAYS = 30
export const REMINDER_DAYS_BEFORE = 5

/** Where the owner may act from: a rejected or withdrawn listing is over; an expired one may be renewed. */
const ALLOWED: Record<OwnerAction, readonly Status[]> = {
  view: STATUSES,
  confirm: ['pending', 'published', 'expired'],
  update: ['pending', 'published', 'expired'],
  renew: ['pending', 'published', 'expired'],
  withdraw: ['pending', 'published', 'expired'],
  matched: ['published'],
  close: ['pending', 'published', 'expired'],
}

export const ownerMay = (action: OwnerAction, status: Status) => ALLOWED[action].includes(status)

/** What moderators may set: a decision on a pending listing, or taking a published one down. */
const MODERATION: Record<Status, readonly Status[]> = {
  pending: ['published', 'rejected'],
  published: ['rejected'],
  expired: ['rejected'],
  rejected: ['published'],
  withdrawn: [],
}

export const moderationAllows = (from: Status, to: Status) => from === to || MODERATION[from].includes(to)

export const expiryFrom = (confirmedAt: Date) => new Date(confirmedAt.getTime() + LIFETIME_DAYS * DAY)

type Timed = { status?: string | null; expiresAt?: string | null; reminderFor?: string | null }

/** Published, running out within five days, and not yet reminded for this expiry date. */
export function needsReminder(listing: Timed, now: Date): boolean {
  if (listing.status !== 'published' || !listing.expiresAt) return false
  const left = Date.parse(listing.expiresAt) - now.getTime()
  return left > 0 && left <= REMINDER_DAYS_BEFORE * DAY && listing.reminderFor !== listing.expiresAt
}

export const hasLapsed = (listing: Timed, now: Date) =>
  listing.status === 'published' && Boolean(listing.expiresAt) && Date.parse(listing.expiresAt!) <= now.getTime()

/** "Same name and postal code": names folded (case, accents, punctuation), so that near-identical entries meet. */
export const duplicateKey = (name: string, postalCode: string) =>
  `${name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')}|${postalCode}`
