import type { MessageKey } from '../i18n/translate'

/**
 * Small builders for OpenAPI 3.1 operation objects, so that each custom endpoint can carry its own
 * description (`custom.openapi`) next to its code without a page of boilerplate.
 */
export type Schema = Record<string, unknown>
export type Operation = {
  summary: string
  operationId?: string
  description?: string
  tags?: string[]
  parameters?: Record<string, unknown>[]
  requestBody?: Record<string, unknown>
  responses: Record<string, unknown>
  security?: Record<string, string[]>[]
}

/**
 * A field whose refusal at the edge is said in one of our messages rather than the generic one:
 * one key for any problem, or one per failing JSON Schema keyword (`*` for the others; not
 * `default`, which readers of the document take for the schema keyword). The message receives
 * `field`, and from the schema and the value `min`, `max`, `allowed`, the length it `got`, `value`.
 */
export const worded = (schema: Schema, messages: MessageKey | Partial<Record<string, MessageKey>>): Schema => ({
  ...schema,
  'x-message': messages,
})

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })

export function query(name: string, schema: Schema, description: string, required = false) {
  return { name, in: 'query', required, description, schema }
}

export function pathParam(name: string, description: string, schema: Schema = { type: ['integer', 'string'] }) {
  return { name, in: 'path', required: true, description, schema }
}

export function json(description: string, schema: Schema, contentType = 'application/json') {
  return { description, content: { [contentType]: { schema } } }
}

export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/Error${status}` }]))

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad request: the messages name what is wrong.',
  401: 'Not signed in.',
  403: 'Not allowed for this account.',
  404: 'Not found, or not visible to this caller.',
  405: 'This method is not served at this path: the `Allow` header lists those that are.',
  409: 'Conflicts with the current state: the message says which.',
  412: 'The document changed since the `If-Match` ETag the client sent.',
  413: 'The body is too large.',
  422: 'The same `Idempotency-Key` was used for another request.',
  429: 'Too many requests: retry after the number of seconds in `Retry-After`.',
}
