import type { SanitizedCollectionConfig } from 'payload'

import { errors, json, pathParam, query, ref, type Operation, type Schema } from './operation'

export type PathItem = Record<string, Operation>

const pascal = (slug: string) => slug.replace(/(^|[-_])(\w)/g, (_, __, c: string) => c.toUpperCase())

const common = (collection: SanitizedCollectionConfig) => [
  query('depth', { type: 'integer', minimum: 0, maximum: 10 }, 'How many levels of relationships to populate (default 2).'),
  query('locale', { type: 'string' }, 'Locale of localized fields (`fr`, `en` or `all`).'),
  query('fallback-locale', { type: 'string' }, 'Locale shown when a field is empty in `locale` (`none` for no fallback).'),
  ...(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts
    ? [query('draft', { type: 'boolean' }, 'The latest draft instead of the published version (staff who may read drafts).')]
    : []),
]

const selectParam = query('select', { type: 'object', additionalProperties: true }, 'Fields to return, as `select[field]=true`.')
const PAGINATION: Schema = {
  totalDocs: { type: 'integer' },
  limit: { type: 'integer' },
  totalPages: { type: 'integer' },
  page: { type: 'integer' },
  pagingCounter: { type: 'integer' },
  hasPrevPage: { type: 'boolean' },
  hasNextPage: { type: 'boolean' },
  prevPage: { type: ['integer', 'null'] },
  nextPage: { type: ['integer', 'null'] },
}

function body(collection: SanitizedCollectionConfig, required: boolean) {
  const schema = ref(required ? collection.slug : `${collection.slug}.input`)
  if (!collection.upload) return { required: true, content: { 'application/json': { schema } } }
  // Uploads are multipart: the file, and the other fields as JSON in `_payload`.
  const multipart = { type: 'object', properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' }, _payload: { type: 'string', contentMediaType: 'application/json', contentSchema: schema } } }
  return { required: true, content: { 'multipart/form-data': { schema: required ? { ...multipart, required: ['file'] } : multipart }, 'application/json': { schema } } }
}

const saved = (collection: SanitizedCollectionConfig, description: string) =>
  json(description, { type: 'object', properties: { doc: ref(collection.slug), message: { type: 'string' } } })

/** List, get, create, update and delete (and count) for one collection, as its REST API serves them. */
export function collectionPaths(collection: SanitizedCollectionConfig): Record<string, PathItem> {
  const { slug } = collection
  const name = pascal(slug)
  const tags = [slug]
  const base = `/api/${slug}`
  const id = pathParam('id', 'The document id.')
  const paths: Record<string, PathItem> = {
    [base]: {
      get: {
        summary: `List ${slug}`,
        tags,
        parameters: [
          query('where', { type: 'object', additionalProperties: true }, 'Filters, as `where[field][operator]=value` (equals, in, like, less_than, exists, …).'),
          query('sort', { type: 'string' }, 'Field to sort by, `-` first for descending; comma-separated for several.'),
          query('limit', { type: 'integer', minimum: 0 }, 'Documents per page (default 10; 0 for all).'),
          query('page', { type: 'integer', minimum: 1 }, 'Page number.'),
          query('pagination', { type: 'boolean' }, '`false` skips counting.'),
          selectParam,
          ...common(collection),
        ],
        responses: {
          '200': json(`A page of ${slug}.`, { type: 'object', properties: { docs: { type: 'array', items: ref(slug) }, ...PAGINATION } }),
          ...errors(400, 403, 429),
        },
      },
      post: { summary: `Create a ${slug} document`, tags, parameters: common(collection), requestBody: body(collection, true), responses: { '201': saved(collection, 'Created.'), ...errors(400, 401, 403, 429) } },
    },
    [`${base}/{id}`]: {
      get: { summary: `Get one ${slug} document`, tags, parameters: [id, selectParam, ...common(collection)], responses: { '200': json('The document.', ref(slug)), ...errors(403, 404, 429) } },
      patch: { summary: `Update a ${slug} document`, tags, parameters: [id, ...common(collection)], requestBody: body(collection, false), responses: { '200': saved(collection, 'Updated.'), ...errors(400, 401, 403, 404, 429) } },
      delete: { summary: `Delete a ${slug} document`, tags, parameters: [id], responses: { '200': json('The deleted document.', ref(slug)), ...errors(401, 403, 404, 429) } },
    },
    [`${base}/count`]: {
      get: { summary: `Count ${slug}`, tags, parameters: [query('where', { type: 'object', additionalProperties: true }, 'Filters, as for the list.')], responses: { '200': json('How many match.', { type: 'object', properties: { totalDocs: { type: 'integer' } } }), ...errors(400, 403) } },
    },
  }
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) operation.operationId ??= `${method}${name}${operationSuffix(path, base)}`
  }
  if (collection.auth) Object.assign(paths, authPaths(collection, base, tags))
  if (collection.upload) {
    paths[`${base}/file/{filename}`] = { get: { summary: 'Download a stored file or one of its sizes', tags, operationId: `get${name}File`, parameters: [pathParam('filename', 'The file name.', { type: 'string' })], responses: { '200': { description: 'The file.', content: { 'image/*': {}, 'application/pdf': {} } }, ...errors(403, 404) } } }
  }
  return paths
}

const operationSuffix = (path: string, base: string) => (path === base ? 'List' : path.endsWith('{id}') ? 'ById' : 'Count')

function authPaths(collection: SanitizedCollectionConfig, base: string, tags: string[]): Record<string, PathItem> {
  const name = pascal(collection.slug)
  const credentials = { required: true, content: { 'application/json': { schema: { type: 'object', required: ['email', 'password'], properties: { email: { type: 'string', format: 'email' }, password: { type: 'string' } } } } } }
  const session = json('Signed in: the token (also set as the `payload-token` cookie) and the account.', { type: 'object', properties: { token: { type: 'string' }, exp: { type: 'integer' }, user: ref(collection.slug) } })
  const message = json('Done.', { type: 'object', properties: { message: { type: 'string' } } })
  const emailBody = { required: true, content: { 'application/json': { schema: { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } } } } }
  const op = (summary: string, id: string, extra: Partial<Operation>, responses: Operation['responses']): Operation => ({ summary, tags, operationId: `${id}${name}`, responses, ...extra })
  return {
    [`${base}/login`]: { post: op('Sign in (5 failures lock the account for 10 minutes)', 'login', { requestBody: credentials }, { '200': session, ...errors(400, 401, 429) }) },
    [`${base}/logout`]: { post: op('Sign out and revoke the session', 'logout', {}, { '200': message }) },
    [`${base}/me`]: { get: op('The signed-in account, or null', 'me', {}, { '200': json('The account.', { type: 'object', properties: { user: { oneOf: [ref(collection.slug), { type: 'null' }] }, exp: { type: 'integer' } } }) }) },
    [`${base}/refresh-token`]: { post: op('Extend the session', 'refresh', {}, { '200': session, ...errors(401) }) },
    [`${base}/forgot-password`]: { post: op('Send a password reset e-mail', 'forgotPassword', { requestBody: emailBody }, { '200': message, ...errors(400, 429) }) },
    [`${base}/reset-password`]: {
      post: op('Set a new password with a reset token', 'resetPassword', { requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['token', 'password'], properties: { token: { type: 'string' }, password: { type: 'string' } } } } } } }, { '200': session, ...errors(400, 429) }),
    },
    [`${base}/unlock`]: { post: op('Unlock a locked account (admins)', 'unlock', { requestBody: emailBody }, { '200': message, ...errors(401, 403) }) },
  }
}
