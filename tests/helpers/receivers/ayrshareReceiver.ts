import {
  createReceiver,
  idSequence,
  type CannedResponse,
  type ReceivedRequest,
  type Receiver,
  type ReceiverOptions,
} from './base'
import { AYRSHARE_PLATFORMS as PLATFORMS, AYRSHARE_ROUTES } from './schemas/ayrshare'
import { checkRequest } from './schemas/validate'

/**
 * Ayrshare's post API: POST /api/post and DELETE /api/post (`{ id }`), with an optional
 * Profile-Key header naming the managed profile (none: the primary profile). As documented, a
 * repeated idempotencyKey returns the first answer (same post id) instead of posting again, and
 * the same text on the same profile and platform while the first post exists is refused as a
 * duplicate (HTTP 400, `status: "error"`, code 137). A request that departs from the documented shape
 * (schemas/ayrshare.ts) is answered 400 (404 off the documented routes) and recorded.
 */

export type AyrsharePost = {
  id: string
  status: 'success' | 'scheduled'
  post: string
  platforms: string[]
  mediaUrls: string[]
  scheduleDate: string | null
  /** The Profile-Key it was posted with; null = the primary profile. */
  profileKey: string | null
  idempotencyKey: string | null
}

export type AyrshareReceiverOptions = ReceiverOptions & {
  /** Profile-Keys the account manages; other keys are refused. None given: any key is accepted. */
  profileKeys?: string[]
  now?: () => Date
}

export type AyrshareReceiver = Receiver & {
  /** Posts that exist now (not deleted), by id. */
  posts: Map<string, AyrsharePost>
}

export function ayrshareReceiver(options: AyrshareReceiverOptions = {}): AyrshareReceiver {
  const now = options.now ?? (() => new Date())
  const posts = new Map<string, AyrsharePost>()
  const firstAnswers = new Map<string, CannedResponse>()
  const nextId = idSequence('ayr')
  const nextPlatformId = idSequence('net')

  const create = (request: ReceivedRequest, profileKey: string | null): CannedResponse => {
    const body = request.json as Record<string, unknown> | undefined
    const idempotencyKey = typeof body?.idempotencyKey === 'string' ? body.idempotencyKey : null
    const replay = idempotencyKey ? firstAnswers.get(`${profileKey}:${idempotencyKey}`) : undefined
    if (replay) return replay
    const { post: text, platforms, mediaUrls = [], scheduleDate } = body ?? {}
    if (typeof text !== 'string' || !text) return failure(400, 'post text is required')
    if (!Array.isArray(platforms) || platforms.length === 0 || platforms.some((p) => !PLATFORMS.includes(p as string)))
      return failure(400, `platforms must list some of ${PLATFORMS.join(', ')}`)
    if (!Array.isArray(mediaUrls) || mediaUrls.some((url) => typeof url !== 'string'))
      return failure(400, 'mediaUrls must be a list of URLs')
    if (
      scheduleDate !== undefined &&
      (typeof scheduleDate !== 'string' || Number.isNaN(Date.parse(scheduleDate)) || !scheduleDate.endsWith('Z'))
    )
      return failure(400, 'scheduleDate must be an ISO-8601 UTC date')
    if (typeof scheduleDate === 'string' && Date.parse(scheduleDate) <= now().getTime())
      return failure(400, 'scheduleDate must be in the future')
    const duplicate = [...posts.values()].find(
      (p) => p.profileKey === profileKey && p.post === text && p.platforms.some((x) => platforms.includes(x)),
    )
    if (duplicate) {
      const platform = duplicate.platforms.find((x) => platforms.includes(x))
      return {
        status: 400,
        body: {
          status: 'error',
          errors: [
            {
              action: 'post',
              status: 'error',
              code: 137,
              message: 'Duplicate or similar content posted within the same two day period.',
              platform,
            },
          ],
          postIds: [],
          post: text,
        },
      }
    }
    const created: AyrsharePost = {
      id: nextId(),
      status: typeof scheduleDate === 'string' ? 'scheduled' : 'success',
      post: text,
      platforms: platforms as string[],
      mediaUrls: mediaUrls as string[],
      scheduleDate: typeof scheduleDate === 'string' ? scheduleDate : null,
      profileKey,
      idempotencyKey,
    }
    posts.set(created.id, created)
    const answer: CannedResponse =
      created.status === 'scheduled'
        ? {
            status: 200,
            body: {
              status: 'scheduled',
              errors: [],
              postIds: [],
              id: created.id,
              refId: `ref_${created.id}`,
              post: text,
              scheduleDate,
            },
          }
        : {
            status: 200,
            body: {
              status: 'success',
              errors: [],
              postIds: created.platforms.map((platform) => {
                const id = nextPlatformId()
                return { status: 'success', id, platform, postUrl: `https://${platform}.example/${id}` }
              }),
              id: created.id,
              refId: `ref_${created.id}`,
              post: text,
            },
          }
    if (idempotencyKey) firstAnswers.set(`${profileKey}:${idempotencyKey}`, answer)
    return answer
  }

  const remove = (request: ReceivedRequest, profileKey: string | null): CannedResponse => {
    const id = (request.json as { id?: unknown } | undefined)?.id
    const post = typeof id === 'string' ? posts.get(id) : undefined
    if (!post || post.profileKey !== profileKey)
      return {
        status: 400,
        body: { action: 'delete', status: 'error', message: 'Post not found. Please check the id.' },
      }
    posts.delete(post.id)
    return { status: 200, body: { action: 'delete', status: 'success', id: post.id } }
  }

  const receiver = createReceiver(
    options,
    (request) => request,
    (request) => {
      const header = request.headers['profile-key']
      const profileKey = typeof header === 'string' && header ? header : null
      if (profileKey && options.profileKeys && !options.profileKeys.includes(profileKey))
        return failure(403, 'Profile-Key not found for this account')
      if (request.path !== '/api/post') return failure(404, `no route for ${request.method} ${request.path}`)
      if (request.method === 'POST') return create(request, profileKey)
      if (request.method === 'DELETE') return remove(request, profileKey)
      return failure(405, 'POST or DELETE only')
    },
    (request) => {
      const { route, problems } = checkRequest(AYRSHARE_ROUTES, request)
      return problems.length ? { problems, refusal: failure(route ? 400 : 404, problems.join('; ')) } : null
    },
  )
  return Object.assign(receiver, { posts })
}

const failure = (status: number, message: string): CannedResponse => ({ status, body: { status: 'error', message } })
