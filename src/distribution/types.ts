/**
 * The vocabulary of distribution, shared by the outbox, the worker and the adapters. Nothing here
 * imports Payload: adapters are plain functions from a delivery to an outcome.
 */
import type { Said } from '../i18n/deliveries'

export const DESTINATION_KINDS = ['site-webhook', 'webhook', 'buffer', 'hootsuite', 'ayrshare'] as const
export type DestinationKind = (typeof DESTINATION_KINDS)[number]

export const SOCIAL_KINDS: readonly DestinationKind[] = ['buffer', 'hootsuite', 'ayrshare']
export const isSocialKind = (kind: string) => (SOCIAL_KINDS as readonly string[]).includes(kind)

export const NETWORKS = ['x', 'facebook', 'linkedin'] as const
export type Network = (typeof NETWORKS)[number]

export const EVENTS = ['published', 'updated', 'unpublished', 'deleted'] as const
export type DeliveryEvent = (typeof EVENTS)[number]

export const DELIVERY_STATUSES = ['queued', 'sending', 'delivered', 'retrying', 'failed', 'cancelled'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/** What the site (and any generic webhook) receives: the body is fixed when the change commits. */
export type SiteEventBody = {
  event: DeliveryEvent
  collection: string
  id: string
  slug: string | null
  locales: string[]
  /** Site paths to revalidate: the old one and the new one when the slug changed. */
  paths: string[]
  /** Cache tags the site may use instead of paths (`articles`, `articles:12`). */
  tags: string[]
  publishedAt: string | null
  /** When the change happened (ISO 8601). */
  occurredAt: string
}

/** What a social scheduler receives for one network: fixed when the change commits. */
export type SocialPost = {
  network: Network
  text: string
  /** Absolute URL of the image (the media's og size when it has one). */
  imageUrl: string | null
  /** When the post should go out (ISO 8601, UTC); null = as soon as possible. */
  scheduledAt: string | null
  /** The item's public URL. */
  url: string
}

export type DestinationConfig = {
  id: string
  name: string
  kind: DestinationKind
  url: string
  /** Current secrets, newest first: a `whsec_` secret for webhooks, an API key / token for schedulers. */
  secrets: string[]
  /** The account id for each network (Buffer channel id, Hootsuite social profile id, Ayrshare profile key or any non-empty value). */
  accounts: Partial<Record<Network, string>>
}

/** One attempt at one delivery. `webhookId` is the same on every attempt of the delivery. */
export type SendRequest = {
  destination: DestinationConfig
  webhookId: string
  event: DeliveryEvent
  /** For site-webhook / webhook deliveries. */
  body?: SiteEventBody
  /** For social deliveries of a `published` event. */
  post?: SocialPost
  /** For social deliveries of an `unpublished` / `deleted` event: the scheduler's id of the post to withdraw. */
  cancelExternalId?: string | null
  network?: Network | null
  /** fetch to use (guards outbound addresses; tests may pass the global one). */
  fetch: typeof fetch
  /** Abort after this many milliseconds (the 10 s rule). */
  timeoutMs: number
  /** Current time, for webhook-timestamp. */
  now: () => Date
}

/**
 * What came of one attempt.
 * - delivered: done (externalId = the scheduler's post id, when there is one)
 * - retry: try again later (retryAfterMs when the receiver said when)
 * - failed: give up now
 * - disable: the receiver asked to be disabled (410 Gone)
 * - cancelled: nothing to do (e.g. withdrawing a post that was never created)
 */
export type SendOutcome = {
  verdict: 'delivered' | 'retry' | 'failed' | 'disable' | 'cancelled'
  /** HTTP status, or null when no answer came (timeout, refused connection). */
  statusCode: number | null
  /** A short message for the newsroom, in English (never a secret; at most ~200 characters). */
  message: string
  /** The same message as a key and values, for readers of other languages. */
  said: Said
  externalId?: string | null
  retryAfterMs?: number | null
}

export type DeliveryAdapter = (request: SendRequest) => Promise<SendOutcome>
