import { getLocalI18n, type PayloadRequest } from 'payload'

import { say, type MessageKey } from '../i18n/translate'
import { now } from '../lib/clock'
import type { ListingKind } from '../lib/crisis/listingKinds'
import { ownerToken } from '../lib/crisis/ownerLinks'
import { idOf } from '../lib/ids'
import { siteUrl } from '../lib/siteUrl'
import { NOTIFICATION_QUEUE, SEND_NOTIFICATION } from './sendNotification'

export type OwnerMessage = 'Confirm' | 'Approved' | 'Rejected' | 'Reminder' | 'Expired' | 'Contact'

type Listing = {
  id: number | string
  ownerEmail?: string | null
  ownerName?: string | null
  chamber?: unknown
  expiresAt?: string | null
  rejectionReason?: string | null
} & Record<string, unknown>

const frenchDate = (at: string | null | undefined) =>
  at ? new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(at)) : ''

/** The owner's page for a listing, with a fresh signed link. */
export function ownerLink(req: PayloadRequest, kind: ListingKind, id: number | string): string {
  const token = ownerToken(req.payload.config.secret, kind.slug, id, now())
  return `${siteUrl()}${kind.managePath}?id=${encodeURIComponent(String(id))}&jeton=${encodeURIComponent(token)}`
}

/**
 * Queues one e-mail to a listing's owner, in French (owners have no account, hence no language),
 * in the transaction of the change that causes it: sent once committed, never for a rolled-back one.
 */
export async function mailOwner(
  req: PayloadRequest,
  kind: ListingKind,
  listing: Listing,
  message: OwnerMessage,
  extra: Record<string, string> = {},
): Promise<void> {
  if (!listing.ownerEmail) return
  const chamberId = idOf(listing.chamber)
  const chamber = chamberId
    ? await req.payload
        .findByID({
          collection: 'chambers',
          id: chamberId,
          depth: 0,
          overrideAccess: true,
          select: { name: true },
          req,
        })
        .catch(() => null)
    : null
  const { t } = await getLocalI18n({ config: req.payload.config, language: 'fr' })
  const vars = {
    title: String(listing[kind.titleField] ?? ''),
    service: kind.serviceName,
    chamber: chamber?.name ?? 'la chambre de votre département',
    link: ownerLink(req, kind, listing.id),
    until: frenchDate(listing.expiresAt),
    reason: listing.rejectionReason ?? '',
    ...extra,
  }
  const text = (key: MessageKey) => say(t as never, key, vars)
  await req.payload.jobs.queue({
    task: SEND_NOTIFICATION,
    queue: NOTIFICATION_QUEUE,
    input: {
      kind: `crisis${message}`,
      to: listing.ownerEmail,
      toName: listing.ownerName ?? '',
      subject: text(`crisisMail${message}Subject` as MessageKey),
      text: text(`crisisMail${message}Text` as MessageKey),
      ...(extra.replyTo ? { replyTo: extra.replyTo } : {}),
    },
    req,
  } as never)
}
