import { outcome } from '../outcome'
import type { DeliveryAdapter, Network, SendOutcome, SendRequest } from '../types'
import { attempt, failedWith, field, joinUrl, outcomeForStatus, stringField, type Answer } from './http'
import { futureSendTime, isOutcome, socialTask, withdrawn, withdrawnByHand } from './social'

/**
 * Hootsuite's REST API: one message per social profile. The image is left out: Hootsuite attaches
 * media by the id of a file uploaded to it first (`media: [{ id }]`), and we only have a URL; the
 * post's text already carries the article link, whose preview shows the image on most networks.
 */

/** States in which Hootsuite will never send the message. */
const DEAD_STATES = new Set(['REJECTED', 'SEND_FAILED_PERMANENTLY'])

export const hootsuiteAdapter: DeliveryAdapter = (request) =>
  attempt(request, async (call) => {
    const task = socialTask(request, 'Hootsuite')
    if (isOutcome(task)) return task
    const auth = { authorization: `Bearer ${request.destination.secrets[0] ?? ''}` }
    const messages = joinUrl(request.destination.url, '/v1/messages')

    if (task.action === 'create') {
      const sendAt = futureSendTime(task.post, request.now())
      const json = {
        text: task.post.text,
        socialProfileIds: [task.account],
        // UTC, whole seconds, ending in Z: the form Hootsuite's documentation shows.
        ...(sendAt ? { scheduledSendTime: sendAt.toISOString().replace(/\.\d{3}Z$/, 'Z') } : {}),
      }
      const answer = await call(messages, { method: 'POST', headers: auth, json })
      if (!answer.ok) return outcomeForStatus(request, answer, hootsuiteError(answer))
      const id = stringField(firstMessage(answer), 'id')
      const state = stringField(firstMessage(answer), 'state') ?? 'unknown state'
      if (!id) return failedWith(answer, hootsuiteError(answer))
      const post = { service: 'Hootsuite', id, state }
      if (DEAD_STATES.has(state))
        return { ...outcome('failed', answer.status, 'deliveryPostDead', post), externalId: id }
      return { ...outcome('delivered', answer.status, 'deliveryPostAccepted', post), externalId: id }
    }

    // Deleting a message Hootsuite already sent would only drop its record there, so look first.
    const message = `${messages}/${encodeURIComponent(task.externalId)}`
    const found = await call(message, { method: 'GET', headers: auth })
    const refused = withdrawRefused(request, found, task.network)
    if (refused) return refused
    if (stringField(firstMessage(found), 'state') === 'SENT') return withdrawnByHand(task.network, found.status)
    const deleted = await call(message, { method: 'DELETE', headers: auth })
    return withdrawRefused(request, deleted, task.network) ?? withdrawn('Hootsuite', deleted.status, task.externalId)
  })

/** Not found means sent (or removed by someone in Hootsuite): either way a person must look. */
function withdrawRefused(request: SendRequest, answer: Answer, network: Network | null): SendOutcome | null {
  if (answer.status === 404) return withdrawnByHand(network, answer.status)
  if (answer.ok) return null
  if (/\bSENT\b|already (been )?sent/i.test(hootsuiteError(answer) ?? ''))
    return withdrawnByHand(network, answer.status)
  return outcomeForStatus(request, answer, hootsuiteError(answer))
}

/** `data` is a list on creation (one message per profile); accept a single object too. */
function firstMessage(answer: Answer): unknown {
  const data = field(answer.json, 'data')
  return Array.isArray(data) ? data[0] : data
}

/** Hootsuite's error body: `{ errors: [{ code, message }] }`. */
function hootsuiteError(answer: Answer): string | null {
  return (
    stringField(answer.json, 'errors', 0, 'message') ??
    stringField(answer.json, 'error_description') ??
    stringField(answer.json, 'message')
  )
}
