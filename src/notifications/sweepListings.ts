import type { PayloadRequest, TaskConfig } from 'payload'

import { PLATFORM_WRITE } from '../hooks/moderateListing'
import { now } from '../lib/clock'
import { hasLapsed, needsReminder, REMINDER_DAYS_BEFORE } from '../lib/crisis/lifecycle'
import { LISTING_KINDS, type ListingKind } from '../lib/crisis/listingKinds'
import { mailOwner } from './ownerMail'
import { DAILY_QUEUE } from './remindDueTomorrow'

export const SWEEP_LISTINGS = 'sweepCrisisListings'

const DAY = 86_400_000

async function sweep(req: PayloadRequest, kind: ListingKind, at: Date): Promise<{ reminded: number; expired: number }> {
  const { docs } = await req.payload.find({
    collection: kind.slug,
    where: {
      and: [
        { status: { equals: 'published' } },
        { expiresAt: { less_than_equal: new Date(at.getTime() + REMINDER_DAYS_BEFORE * DAY).toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  let reminded = 0
  let expired = 0
  for (const listing of docs as unknown as Record<string, string | null>[]) {
    const write = (data: Record<string, unknown>) =>
      req.payload.update({
        collection: kind.slug,
        id: listing.id as string,
        data: data as never,
        depth: 0,
        overrideAccess: true,
        context: { [PLATFORM_WRITE]: true },
        req,
      })
    if (hasLapsed(listing, at)) {
      await write({ status: 'expired' })
      await mailOwner(req, kind, listing as never, 'Expired')
      expired += 1
    } else if (needsReminder(listing, at)) {
      await write({ reminderFor: listing.expiresAt })
      await mailOwner(req, kind, listing as never, 'Reminder')
      reminded += 1
    }
  }
  return { reminded, expired }
}

/**
 * Every hour: owners whose listing runs out within five days are reminded once per expiry date
 * (the date reminded for is kept), and listings past their date are hidden (`expired`) with a
 * word to their owner. Renewing from the signed link starts a new 30 days.
 */
export const sweepListingsTask: TaskConfig<{ input: object; output: { reminded: number; expired: number } }> = {
  slug: SWEEP_LISTINGS,
  label: 'Rappels et expiration des services de crise',
  schedule: [{ cron: '0 0 * * * *', queue: DAILY_QUEUE }],
  outputSchema: [
    { name: 'reminded', type: 'number' },
    { name: 'expired', type: 'number' },
  ],
  handler: async ({ req }) => {
    const at = now()
    let reminded = 0
    let expired = 0
    for (const kind of LISTING_KINDS) {
      const counts = await sweep(req, kind, at)
      reminded += counts.reminded
      expired += counts.expired
    }
    return { output: { reminded, expired } }
  },
}
