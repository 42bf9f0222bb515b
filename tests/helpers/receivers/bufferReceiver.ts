import { Kind, parse, valueFromASTUntyped, type FieldNode } from 'graphql'

import { createReceiver, idSequence, type CannedResponse, type ReceivedRequest, type Receiver, type ReceiverOptions, type Scripted } from './base'

/**
 * Buffer's GraphQL endpoint (POST /) for the two mutations we use. The document is parsed with
 * `graphql`, so the input may come inline or through variables. Answers follow Buffer's shapes:
 * HTTP 200 with the mutation's union (`PostActionSuccess`, `DeletePostSuccess`, `MutationError`)
 * or the `errors` array; schema-level mistakes (a missing required field, the old
 * `assets: { images }` form) are refused with 400 as a GraphQL server refuses invalid documents.
 */

export type BufferMutation = 'createPost' | 'deletePost'

export type BufferRequest = ReceivedRequest & {
  mutation: BufferMutation | null
  /** The mutation's `input` argument, variables substituted. */
  input: Record<string, unknown> | null
}

export type BufferPost = { id: string; channelId: string; text: string; mode: string; dueAt: string | null; imageUrls: string[] }

export type BufferReceiver = Receiver<BufferRequest> & {
  /** Posts that exist now (created and not deleted), by id. */
  posts: Map<string, BufferPost>
  /** A scripted answer: HTTP 200 with a `MutationError` for whichever mutation comes next. */
  mutationError: (message: string) => Scripted<BufferRequest>
  /** A scripted answer: HTTP 200, `data: null` and one entry in `errors`. */
  graphqlError: (message: string, code: string) => Scripted<BufferRequest>
}

const SCHEDULING_TYPES = ['automatic', 'notification']
const MODES = ['addToQueue', 'shareNow', 'shareNext', 'customScheduled']

export function bufferReceiver(options: ReceiverOptions = {}): BufferReceiver {
  const posts = new Map<string, BufferPost>()
  const nextId = idSequence('buf')

  const receiver = createReceiver<BufferRequest>(options, readMutation, (request) => {
    if (request.method !== 'POST') return { status: 405, body: 'POST only' }
    if (!request.mutation || !request.input) return invalid('expected a createPost or deletePost mutation with an input')
    return request.mutation === 'createPost' ? createPost(request.input) : deletePost(request.input)
  })

  const createPost = (input: Record<string, unknown>): CannedResponse => {
    const { text, channelId, schedulingType, mode, dueAt, assets } = input
    if (typeof text !== 'string' || typeof channelId !== 'string') return invalid('CreatePostInput: text and channelId are required strings')
    if (!SCHEDULING_TYPES.includes(schedulingType as string)) return invalid(`CreatePostInput.schedulingType: expected one of ${SCHEDULING_TYPES.join(', ')}`)
    if (!MODES.includes(mode as string)) return invalid(`CreatePostInput.mode: expected one of ${MODES.join(', ')}`)
    const imageUrls = readAssets(assets)
    if (imageUrls === null) return invalid('CreatePostInput.assets: expected a list of AssetInput ({ image: { url } })')
    if (mode === 'customScheduled' && (typeof dueAt !== 'string' || Number.isNaN(Date.parse(dueAt)))) {
      return union('createPost', { __typename: 'InvalidInputError', message: 'dueAt is required for customScheduled posts' })
    }
    const post: BufferPost = { id: nextId(), channelId, text, mode: mode as string, dueAt: typeof dueAt === 'string' ? dueAt : null, imageUrls }
    posts.set(post.id, post)
    return union('createPost', { __typename: 'PostActionSuccess', post: { id: post.id } })
  }

  const deletePost = (input: Record<string, unknown>): CannedResponse => {
    const id = input.id
    if (typeof id !== 'string') return invalid('DeletePostInput.id is required')
    if (!posts.delete(id)) return { status: 200, body: { data: { deletePost: null }, errors: [{ message: 'Post not found', path: ['deletePost'], extensions: { code: 'NOT_FOUND' } }] } }
    return union('deletePost', { __typename: 'DeletePostSuccess', id })
  }

  return Object.assign(receiver, {
    posts,
    mutationError: (message: string) => (request: BufferRequest) => union(request.mutation ?? 'createPost', { __typename: 'MutationError', message }),
    graphqlError: (message: string, code: string) => ({ status: 200, body: { data: null, errors: [{ message, extensions: { code } }] } }),
  })
}

const union = (mutation: string, payload: Record<string, unknown>): CannedResponse => ({ status: 200, body: { data: { [mutation]: payload } } })

const invalid = (message: string): CannedResponse => ({ status: 400, body: { errors: [{ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] } })

/** Image URLs from `[{ image: { url } }]`; null when the value has another shape. */
function readAssets(assets: unknown): string[] | null {
  if (assets === undefined || assets === null) return []
  if (!Array.isArray(assets)) return null
  const urls: string[] = []
  for (const asset of assets) {
    const url = (asset as { image?: { url?: unknown } } | null)?.image?.url
    if (typeof url !== 'string') return null
    urls.push(url)
  }
  return urls
}

function readMutation(request: ReceivedRequest): BufferRequest {
  const none = { ...request, mutation: null, input: null }
  const body = request.json as { query?: unknown; variables?: Record<string, unknown> } | undefined
  if (typeof body?.query !== 'string') return none
  try {
    const document = parse(body.query)
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation') continue
      const field = definition.selectionSet.selections.find(
        (selection): selection is FieldNode => selection.kind === Kind.FIELD && (selection.name.value === 'createPost' || selection.name.value === 'deletePost'),
      )
      const argument = field?.arguments?.find((arg) => arg.name.value === 'input')
      if (!field || !argument) continue
      const input = valueFromASTUntyped(argument.value, body.variables ?? {})
      return { ...request, mutation: field.name.value as BufferMutation, input: input && typeof input === 'object' ? (input as Record<string, unknown>) : null }
    }
  } catch {
    // Not a GraphQL document: answered as invalid.
  }
  return none
}
