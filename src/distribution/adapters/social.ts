import { outcome } from '../outcome'
import type { Network, SendOutcome, SendRequest, SocialPost } from '../types'

/** What the three scheduler adapters decide alike, before and after their own HTTP calls. */

export const NETWORK_LABELS: Record<Network, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' }

/** The future send time, or null when the post should go out now (no time, or a time already past). */
export function futureSendTime(post: SocialPost, now: Date): Date | null {
  if (!post.scheduledAt) return null
  const at = new Date(post.scheduledAt)
  return Number.isNaN(at.getTime()) || at.getTime() <= now.getTime() ? null : at
}

/**
 * What a scheduler delivery has to do: create the post, withdraw it, or nothing. Returns an outcome
 * instead when the request cannot be sent at all (no post, no account for the network).
 */
export type SocialTask =
  | { action: 'create'; post: SocialPost; account: string }
  | { action: 'withdraw'; externalId: string; network: Network | null; account: string | null }

export function socialTask(request: SendRequest, service: string): SocialTask | SendOutcome {
  const { accounts } = request.destination
  if (request.event === 'published') {
    const post = request.post
    if (!post) return outcome('failed', null, 'deliveryNoPost')
    const account = accounts[post.network]
    if (!account)
      return outcome('failed', null, 'deliveryNoAccount', { network: NETWORK_LABELS[post.network], service })
    return { action: 'create', post, account }
  }
  if (request.event === 'unpublished' || request.event === 'deleted') {
    if (!request.cancelExternalId) return outcome('cancelled', null, 'deliveryNothingToWithdraw')
    const network = request.network ?? null
    return {
      action: 'withdraw',
      externalId: request.cancelExternalId,
      network,
      account: network ? (accounts[network] ?? null) : null,
    }
  }
  // A post already on a network is not edited when the article changes.
  return outcome('cancelled', null, 'deliveryNothingToDoOnUpdate')
}

export const isOutcome = (value: SocialTask | SendOutcome): value is SendOutcome => 'verdict' in value

/**
 * The scheduler no longer holds the post: it went out (or someone removed it there). We cannot
 * take a published post back through the scheduler, so a person has to look.
 */
export function withdrawnByHand(network: Network | null, statusCode: number | null): SendOutcome {
  return network
    ? outcome('failed', statusCode, 'deliveryRemoveByHand', { network: NETWORK_LABELS[network] })
    : outcome('failed', statusCode, 'deliveryRemoveByHandUnnamed')
}

/** The scheduler took the post back. */
export const withdrawn = (service: string, statusCode: number, id: string): SendOutcome => ({
  ...outcome('delivered', statusCode, 'deliveryWithdrawnFrom', { service, id }),
  externalId: id,
})
