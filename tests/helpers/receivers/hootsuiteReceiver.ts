import {
  createReceiver,
  idSequence,
  type CannedResponse,
  type ReceivedRequest,
  type Receiver,
  type ReceiverOptions,
} from './base'
import { HOOTSUITE_ROUTES } from './schemas/hootsuite'
import { checkRequest } from './schemas/validate'

/**
 * Hootsuite's REST API for messages: POST /v1/messages (one message per social profile, answered
 * `{ data: [{ id, state }] }`), GET and DELETE /v1/messages/{id}. A message without a send time
 * goes out at once (state SENT); a scheduled one is SCHEDULED until a test says otherwise.
 * Errors are `{ errors: [{ message }] }` with a 4xx status. A request that departs from the documented
 * shape (schemas/hootsuite.ts) is answered 400 (404 off the documented routes) and recorded.
 */

export type HootsuiteState = 'PENDING_APPROVAL' | 'REJECTED' | 'SCHEDULED' | 'SENT' | 'SEND_FAILED_PERMANENTLY'

export type HootsuiteMessage = {
  id: string
  state: HootsuiteState
  text: string
  socialProfileId: string
  scheduledSendTime: string | null
  media: { id: string }[]
}

export type HootsuiteReceiverOptions = ReceiverOptions & {
  /** The receiver's clock, to refuse send times in the past (default: the real time). */
  now?: () => Date
}

export type HootsuiteReceiver = Receiver & {
  /** Messages that exist now, by id. */
  messages: Map<string, HootsuiteMessage>
  /** Moves a message along, as Hootsuite would (e.g. to SENT once its time has come). */
  setState: (id: string, state: HootsuiteState) => void
}

const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/
const MESSAGE_PATH = /^\/v1\/messages\/([^/?]+)$/

export function hootsuiteReceiver(options: HootsuiteReceiverOptions = {}): HootsuiteReceiver {
  const now = options.now ?? (() => new Date())
  const messages = new Map<string, HootsuiteMessage>()
  const nextId = idSequence('hs')

  const schedule = (request: ReceivedRequest): CannedResponse => {
    const body = request.json as Record<string, unknown> | undefined
    const text = body?.text
    const profiles = body?.socialProfileIds
    const sendTime = body?.scheduledSendTime
    const media = body?.media ?? []
    if (typeof text !== 'string' || !text) return error(400, 'text is required')
    if (!Array.isArray(profiles) || profiles.length === 0 || profiles.some((id) => typeof id !== 'string'))
      return error(400, 'socialProfileIds must list at least one profile id')
    if (sendTime !== undefined && (typeof sendTime !== 'string' || !UTC_TIME.test(sendTime)))
      return error(400, 'scheduledSendTime must be UTC ISO-8601 ending in Z')
    if (typeof sendTime === 'string' && Date.parse(sendTime) <= now().getTime())
      return error(400, 'scheduledSendTime must be in the future')
    if (!Array.isArray(media) || media.some((item) => typeof (item as { id?: unknown })?.id !== 'string'))
      return error(400, 'media must be a list of uploaded media ids ({ id })')
    const created = (profiles as string[]).map((socialProfileId) => {
      const message: HootsuiteMessage = {
        id: nextId(),
        state: typeof sendTime === 'string' ? 'SCHEDULED' : 'SENT',
        text,
        socialProfileId,
        scheduledSendTime: typeof sendTime === 'string' ? sendTime : null,
        media: media as { id: string }[],
      }
      messages.set(message.id, message)
      return message
    })
    return { status: 200, body: { data: created.map(({ id, state }) => ({ id, state })) } }
  }

  const receiver = createReceiver(
    options,
    (request) => request,
    (request) => {
      if (request.path === '/v1/messages' && request.method === 'POST') return schedule(request)
      const id = MESSAGE_PATH.exec(request.path)?.[1]
      const message = id ? messages.get(decodeURIComponent(id)) : undefined
      if (!id || !['GET', 'DELETE'].includes(request.method))
        return error(404, `no route for ${request.method} ${request.path}`)
      if (!message) return error(404, 'Message not found')
      if (request.method === 'GET')
        return { status: 200, body: { data: [{ ...message, socialProfile: { id: message.socialProfileId } }] } }
      if (message.state === 'SENT') return error(400, 'Message has already been SENT and cannot be deleted')
      messages.delete(message.id)
      return { status: 204 }
    },
    (request) => {
      const { route, problems } = checkRequest(HOOTSUITE_ROUTES, request)
      return problems.length ? { problems, refusal: error(route ? 400 : 404, problems.join('; ')) } : null
    },
  )

  return Object.assign(receiver, {
    messages,
    setState: (id: string, state: HootsuiteState) => {
      const message = messages.get(id)
      if (!message) throw new Error(`no Hootsuite message ${id}`)
      message.state = state
    },
  })
}

const error = (status: number, message: string): CannedResponse => ({ status, body: { errors: [{ message }] } })
