import { outcome } from '../outcome'
import type { DeliveryAdapter, Network } from '../types'
import { attempt, failedWith, joinUrl, outcomeForStatus, stringField, type Answer } from './http'
import { futureSendTime, isOutcome, socialTask, withdrawn, withdrawnByHand } from './social'

/**
 * Ayrshare's REST API. The account configured for a network is the Ayrshare Profile-Key of the
 * managed profile to post from, or the literal `default` for the API key's primary profile. The
 * delivery's webhook id is the idempotency key: a retry after a lost answer returns the first post.
 */

const PLATFORMS: Record<Network, string> = { x: 'twitter', facebook: 'facebook', linkedin: 'linkedin' }
export const PRIMARY_PROFILE = 'default'

export const ayrshareAdapter: DeliveryAdapter = (request) => {
  const task = socialTask(request, 'Ayrshare')
  const account = isOutcome(task) ? null : task.account
  const profileKey = account && account !== PRIMARY_PROFILE ? account : null
  // A Profile-Key is a credential too: it is never quoted in a message.
  return attempt(
    request,
    async (call) => {
      if (isOutcome(task)) return task
      const headers: Record<string, string> = { authorization: `Bearer ${request.destination.secrets[0] ?? ''}` }
      if (profileKey) headers['profile-key'] = profileKey
      const url = joinUrl(request.destination.url, '/api/post')

      if (task.action === 'create') {
        const { post } = task
        const scheduleDate = futureSendTime(post, request.now())
        const json = {
          post: post.text,
          platforms: [PLATFORMS[post.network]],
          ...(post.imageUrl ? { mediaUrls: [post.imageUrl] } : {}),
          ...(scheduleDate ? { scheduleDate: scheduleDate.toISOString() } : {}),
          idempotencyKey: request.webhookId,
        }
        const answer = await call(url, { method: 'POST', headers, json })
        if (!answer.ok) return outcomeForStatus(request, answer, ayrshareError(answer))
        const id = stringField(answer.json, 'id')
        if (stringField(answer.json, 'status') === 'error' || !id) return failedWith(answer, ayrshareError(answer))
        const status = stringField(answer.json, 'status') ?? 'accepted'
        const accepted = { service: 'Ayrshare', id, state: status }
        return { ...outcome('delivered', answer.status, 'deliveryPostAccepted', accepted), externalId: id }
      }

      const answer = await call(url, { method: 'DELETE', headers, json: { id: task.externalId } })
      const error = ayrshareError(answer)
      if (answer.status === 404 || /not found/i.test(error ?? '')) return withdrawnByHand(task.network, answer.status)
      if (!answer.ok) return outcomeForStatus(request, answer, error)
      if (stringField(answer.json, 'status') === 'error') return failedWith(answer, error)
      return withdrawn('Ayrshare', answer.status, task.externalId)
    },
    [profileKey],
  )
}

/** Ayrshare's error: per platform in `errors`, or at the top level (`{ status: "error", message }`). */
function ayrshareError(answer: Answer): string | null {
  return (
    stringField(answer.json, 'errors', 0, 'message') ??
    stringField(answer.json, 'message') ??
    stringField(answer.json, 'posts', 0, 'errors', 0, 'message')
  )
}
