import { Kind, parse, valueFromASTUntyped, type FieldNode } from 'graphql'

import {
  createReceiver,
  idSequence,
  type CannedResponse,
  type ReceivedRequest,
  type Receiver,
  type ReceiverOptions,
  type Scripted,
} from './base'
import { BUFFER_ROUTES, bufferInputViolations } from './schemas/buffer'
import { checkRequest } from './schemas/validate'

/**
 * Buffer's GraphQL endpoint (POST /) for the two mutations we use. The document is parsed with
 * `graphql`, so the input may come inline or through variables. Answers follow Buffer's shapes:
 * HTTP 200 with the mutation's union (`PostActionSuccess`, `DeletePostSuccess`, `MutationError`)
 * or the `errors` array; a request that departs from the documented shape (schemas/buffer.ts: a
 * missing required field, an undocumented one, the old `assets: { images }` form) is refused with 400
 * as a GraphQL server refuses invalid documents, and recorded.
 */

export type BufferMutation = 'createPost' | 'deletePost'

export type BufferRequest = ReceivedRequest & {
  mutation: BufferMutation | null
  /** The mutation's `input` argument, variables substituted. */
  input: Record<string, unknown> | null
}

export type BufferPost = {
  id: string
  channelId: string
  text: string
  mode: string
  dueAt: string | null
  imageUrls: string[]
}

export type BufferReceiver = Receiver<BufferRequest> & {
  /** Posts that exist now (created and not deleted), by id. */
  posts: Map<string, BufferPost>
  /** A scripted answer: HTTP 200 with a `MutationError` for whichever mutation comes next. */
  mutationError: (message: string) => Scripted<BufferRequest>
  /** A scripted answer: HTTP 200, `data: null` and one entry in `errors`. */
  graphqlError: (message: string, code: string) => Scripted<BufferRequest>
}

export function bufferReceiver(options: ReceiverOptions = {}): BufferReceiver {
  const posts = new Map<string, BufferPost>()
  const nextId = idSequence('buf')

  const receiver = createReceiver<BufferRequest>(
    options,
    readMutation,
    (request) => (request.mutation === 'createPost' ? createPost(request.input!) : deletePost(request.input!)),
    (request) => {
      const { route, problems } = checkRequest(BUFFER_ROUTES, request)
      const all = route && !problems.length ? bufferInputViolations(request.mutation, request.input) : problems
      if (!all.length) return null
      return { problems: all, refusal: route ? invalid(all.join('; ')) : { status: 405, body: 'POST only' } }
    },
  )

  // The shape is checked already: what is left is what Buffer decides about a well-formed post.
  const createPost = (input: Record<string, unknown>): CannedResponse => {
    const { text, channelId, mode, dueAt, assets } = input as Record<string, string> & { assets?: unknown }
    if (mode === 'customScheduled' && dueAt === undefined) {
      return union('createPost', {
        __typename: 'InvalidInputError',
        message: 'dueAt is required for customScheduled posts',
      })
    }
    const imageUrls = ((assets ?? []) as { image: { url: string } }[]).map((asset) => asset.image.url)
    const post: BufferPost = { id: nextId(), channelId, text, mode, dueAt: dueAt ?? null, imageUrls }
    posts.set(post.id, post)
    return union('createPost', { __typename: 'PostActionSuccess', post: { id: post.id } })
  }

  const deletePost = (input: Record<string, unknown>): CannedResponse => {
    const id = input.id as string
    if (!posts.delete(id))
      return {
        status: 200,
        body: {
          data: { deletePost: null },
          errors: [{ message: 'Post not found', path: ['deletePost'], extensions: { code: 'NOT_FOUND' } }],
        },
      }
    return union('deletePost', { __typename: 'DeletePostSuccess', id })
  }

  return Object.assign(receiver, {
    posts,
    mutationError: (message: string) => (request: BufferRequest) =>
      union(request.mutation ?? 'createPost', { __typename: 'MutationError', message }),
    graphqlError: (message: string, code: string) => ({
      status: 200,
      body: { data: null, errors: [{ message, extensions: { code } }] },
    }),
  })
}

const union = (mutation: string, payload: Record<string, unknown>): CannedResponse => ({
  status: 200,
  body: { data: { [mutation]: payload } },
})

const invalid = (message: string): CannedResponse => ({
  status: 400,
  body: { errors: [{ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] },
})

function readMutation(request: ReceivedRequest): BufferRequest {
  const none = { ...request, mutation: null, input: null }
  const body = request.json as { query?: unknown; variables?: Record<string, unknown> } | undefined
  if (typeof body?.query !== 'string') return none
  try {
    const document = parse(body.query)
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation') continue
      const field = definition.selectionSet.selections.find(
        (selection): selection is FieldNode =>
          selection.kind === Kind.FIELD &&
          (selection.name.value === 'createPost' || selection.name.value === 'deletePost'),
      )
      const argument = field?.arguments?.find((arg) => arg.name.value === 'input')
      if (!field || !argument) continue
      const input = valueFromASTUntyped(argument.value, body.variables ?? {})
      return {
        ...request,
        mutation: field.name.value as BufferMutation,
        input: input && typeof input === 'object' ? (input as Record<string, unknown>) : null,
      }
    }
  } catch {
    // Not a GraphQL document: answered as invalid.
  }
  return none
}
