import type { SanitizedCollectionConfig } from 'payload'

import { errors, json, pathParam, query, ref, type Operation, type Schema } from './operation'
import { whereParam } from './parameters'

/**
 * Descriptions of the endpoints Payload itself adds to every collection (and to auth, upload and
 * its own internal collections), keyed by `method path` as they appear in the sanitized config. The
 * document walks the config's endpoint lists and looks each one up here when it carries no
 * description of its own, so a route Payload adds in a later version shows up as undocumented.
 */
type Builder = (collection: SanitizedCollectionConfig) => Omit<Operation, 'tags'>

const object = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  required,
})
const message = json('Done.', object({ message: { type: 'string' } }, ['message']))
const body = (schema: Schema, required = true) => ({ required, content: { 'application/json': { schema } } })
const email = { type: 'string', format: 'email' }

export const PAGINATION: Record<string, Schema> = {
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
export const page = (items: Schema): Schema => object({ docs: { type: 'array', items }, ...PAGINATION }, ['docs'])

export const hasDrafts = (collection: SanitizedCollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

export const readParams = (collection: SanitizedCollectionConfig) => [
  query(
    'depth',
    { type: 'integer', minimum: 0, maximum: 10 },
    'How many levels of relationships to populate (default 2).',
  ),
  query('locale', { type: 'string' }, 'Locale of localized fields (`fr`, `en` or `all`).'),
  query('fallback-locale', { type: 'string' }, 'Locale shown when a field is empty in `locale` (`none` for none).'),
  ...(hasDrafts(collection)
    ? [
        query(
          'draft',
          { type: 'boolean' },
          'The latest draft instead of the published version (staff who may read drafts).',
        ),
      ]
    : []),
]
const selectParam = {
  ...query(
    'select',
    { type: 'object', additionalProperties: { type: 'boolean' } },
    'Fields to return, as `select[field]=true`.',
  ),
  style: 'deepObject',
  explode: true,
}
const listParams = (collection: SanitizedCollectionConfig) => [
  whereParam,
  query('sort', { type: 'string' }, 'Field to sort by, `-` first for descending; comma-separated for several.'),
  query('limit', { type: 'integer', minimum: 0, maximum: 10_000 }, 'Documents per page (default 10; 0 for all).'),
  query('page', { type: 'integer', minimum: 1, maximum: 1_000_000 }, 'Page number.'),
  query('pagination', { type: 'boolean' }, '`false` skips counting.'),
  selectParam,
  ...readParams(collection),
]
const id = pathParam('id', 'The document id.')
const saved = (slug: string, description: string) =>
  json(description, object({ doc: ref(slug), message: { type: 'string' } }, ['doc']))
const bulk = (slug: string, description: string) =>
  json(
    description,
    object(
      { docs: { type: 'array', items: ref(slug) }, errors: { type: 'array', items: {} }, message: { type: 'string' } },
      ['docs'],
    ),
  )
const version = (slug: string): Schema =>
  object(
    {
      id: { type: ['integer', 'string'] },
      parent: {},
      version: ref(`${slug}.version`),
      createdAt: { type: 'string' },
      updatedAt: { type: 'string' },
      latest: { type: ['boolean', 'null'] },
      autosave: { type: ['boolean', 'null'] },
    },
    ['id'],
  )
const permissions: Schema = {
  type: 'object',
  additionalProperties: true,
  description: 'What the caller may do, per operation and field.',
}
const whereRequired = { ...whereParam, required: true }

/** A document body for create (`<slug>.create`) or update (`<slug>.input`); uploads also take multipart. */
function documentBody(collection: SanitizedCollectionConfig, create: boolean) {
  const schema = ref(`${collection.slug}.${create ? 'create' : 'input'}`)
  if (!collection.upload) return body(schema)
  // Uploads are multipart: the file, and the other fields as JSON in `_payload`.
  const properties = {
    file: { type: 'string', contentMediaType: 'application/octet-stream' },
    _payload: { type: 'string', contentMediaType: 'application/json', contentSchema: schema },
  }
  const multipart = { type: 'object', properties, ...(create ? { required: ['file'] } : {}) }
  return { required: true, content: { 'multipart/form-data': { schema: multipart }, 'application/json': { schema } } }
}

const session = (slug: string) =>
  json(
    'Signed in: the token (also set as the `payload-token` cookie) and the account.',
    object({ token: { type: 'string' }, exp: { type: 'integer' }, user: ref(slug), message: { type: 'string' } }),
  )

export const COLLECTION_ENDPOINTS: Record<string, Builder> = {
  'get /': (c) => ({
    summary: `List ${c.slug}`,
    parameters: listParams(c),
    responses: { '200': json(`A page of ${c.slug}.`, page(ref(c.slug))), ...errors(400, 403, 429) },
  }),
  'post /': (c) => ({
    summary: `Create a ${c.slug} document`,
    parameters: readParams(c),
    requestBody: documentBody(c, true),
    responses: { '201': saved(c.slug, 'Created.'), ...errors(400, 401, 403, 409, 429) },
  }),
  'patch /': (c) => ({
    summary: `Update every ${c.slug} document matching \`where\``,
    parameters: [whereRequired, ...readParams(c)],
    requestBody: documentBody(c, false),
    responses: { '200': bulk(c.slug, 'Updated.'), ...errors(400, 401, 403, 429) },
  }),
  'delete /': (c) => ({
    summary: `Delete every ${c.slug} document matching \`where\``,
    parameters: [whereRequired],
    responses: { '200': bulk(c.slug, 'Deleted.'), ...errors(400, 401, 403, 429) },
  }),
  'get /count': (c) => ({
    summary: `Count ${c.slug}`,
    parameters: [whereParam, ...(hasDrafts(c) ? [query('draft', { type: 'boolean' }, 'Count drafts too.')] : [])],
    responses: {
      '200': json('How many match.', object({ totalDocs: { type: 'integer' } }, ['totalDocs'])),
      ...errors(400, 403, 429),
    },
  }),
  'get /:id': (c) => ({
    summary: `Get one ${c.slug} document`,
    parameters: [id, selectParam, ...readParams(c)],
    responses: { '200': json('The document.', ref(c.slug)), ...errors(400, 403, 404, 429) },
  }),
  'patch /:id': (c) => ({
    summary: `Update a ${c.slug} document`,
    parameters: [id, ...readParams(c)],
    requestBody: documentBody(c, false),
    responses: { '200': saved(c.slug, 'Updated.'), ...errors(400, 401, 403, 404, 409, 412, 429) },
  }),
  'delete /:id': (c) => ({
    summary: `Delete a ${c.slug} document`,
    parameters: [id],
    responses: { '200': saved(c.slug, 'Deleted.'), ...errors(401, 403, 404, 409, 412, 429) },
  }),
  'post /:id/duplicate': (c) => ({
    summary: `Copy a ${c.slug} document`,
    parameters: [id, ...readParams(c)],
    requestBody: body(ref(`${c.slug}.input`), false),
    responses: { '201': saved(c.slug, 'The copy.'), ...errors(400, 401, 403, 404, 429) },
  }),
  'get /versions': (c) => ({
    summary: `List ${c.slug} versions`,
    parameters: listParams(c),
    responses: { '200': json('A page of versions.', page(version(c.slug))), ...errors(400, 403, 404, 429) },
  }),
  'get /versions/:id': (c) => ({
    summary: `Get one ${c.slug} version`,
    parameters: [id, ...readParams(c)],
    responses: { '200': json('The version.', version(c.slug)), ...errors(400, 403, 404, 429) },
  }),
  'post /versions/:id': (c) => ({
    summary: `Restore a ${c.slug} version`,
    parameters: [id, ...readParams(c)],
    responses: { '200': saved(c.slug, 'Restored.'), ...errors(400, 401, 403, 404, 429) },
  }),
  'post /access/:id?': (c) => ({
    summary: `What the caller may do with ${c.slug} (or one document)`,
    requestBody: body({ type: 'object', additionalProperties: true }, false),
    responses: { '200': json('Permissions.', permissions), ...errors(400, 403, 404) },
  }),
  // Authentication.
  'post /login': (c) => ({
    summary: 'Sign in (5 failures lock the account for 10 minutes)',
    requestBody: body(object({ email, password: { type: 'string' } }, ['email', 'password'])),
    responses: { '200': session(c.slug), ...errors(400, 401, 403, 429) },
  }),
  'post /logout': () => ({
    summary: 'Sign out and revoke the session',
    parameters: [query('allSessions', { type: 'boolean' }, 'End every session of the account.')],
    responses: { '200': message, ...errors(400) },
  }),
  'get /me': (c) => ({
    summary: 'The signed-in account, or null',
    responses: {
      '200': json(
        'The account.',
        object({
          user: { oneOf: [ref(c.slug), { type: 'null' }] },
          exp: { type: 'integer' },
          token: { type: 'string' },
          collection: { type: 'string' },
          strategy: { type: 'string' },
          message: { type: 'string' },
        }),
      ),
    },
  }),
  'post /refresh-token': (c) => ({
    summary: 'Extend the session',
    responses: {
      '200': json(
        'The new token.',
        object({
          refreshedToken: { type: 'string' },
          exp: { type: 'integer' },
          user: ref(c.slug),
          message: { type: 'string' },
        }),
      ),
      ...errors(401, 403),
    },
  }),
  'post /forgot-password': () => ({
    summary: 'Send a password reset e-mail',
    requestBody: body(object({ email }, ['email'])),
    responses: { '200': message, ...errors(400, 429) },
  }),
  'post /reset-password': (c) => ({
    summary: 'Set a new password with a reset token',
    requestBody: body(object({ token: { type: 'string' }, password: { type: 'string' } }, ['token', 'password'])),
    responses: { '200': session(c.slug), ...errors(400, 403, 429) },
  }),
  'post /unlock': () => ({
    summary: 'Unlock a locked account (admins)',
    requestBody: body(object({ email }, ['email'])),
    responses: { '200': message, ...errors(400, 401, 403) },
  }),
  'get /init': () => ({
    summary: 'Whether a first account must still be registered',
    responses: { '200': json('The answer.', object({ initialized: { type: 'boolean' } }, ['initialized'])) },
  }),
  'post /first-register': (c) => ({
    summary: 'Register the first account (only while none exists)',
    // The first account's roles are the server's choice (admin): only the document's own fields are checked here.
    requestBody: body(ref(`${c.slug}.input`)),
    responses: { '200': session(c.slug), ...errors(400, 403) },
  }),
  'post /verify/:id': () => ({
    summary: 'Verify an e-mail address with its token',
    parameters: [pathParam('id', 'The verification token.', { type: 'string' })],
    responses: { '200': message, ...errors(400, 403) },
  }),
  // Uploads.
  'get /file/:filename': () => ({
    summary: 'Download a stored file or one of its sizes',
    parameters: [pathParam('filename', 'The file name.', { type: 'string' })],
    responses: {
      '200': {
        description: 'The file.',
        content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      },
      ...errors(400, 403, 404),
    },
  }),
  'get /paste-url/:id?': () => ({
    summary: 'Fetch a remote file for the admin’s paste-from-URL (signed-in staff)',
    parameters: [query('src', { type: 'string', format: 'uri' }, 'The address to fetch.', true)],
    responses: {
      '200': {
        description: 'The file.',
        content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      },
      ...errors(400, 403, 404),
    },
  }),
  // Payload's own collections.
  'get /:key': () => ({
    summary: 'One of the signed-in user’s admin preferences',
    parameters: [pathParam('key', 'The preference key.', { type: 'string' })],
    responses: { '200': json('The preference.', { type: 'object', additionalProperties: true }), ...errors(401, 404) },
  }),
  'post /:key': () => ({
    summary: 'Store one of the signed-in user’s admin preferences',
    parameters: [pathParam('key', 'The preference key.', { type: 'string' })],
    requestBody: body(object({ value: {} }, ['value'])),
    responses: { '200': json('Stored.', { type: 'object', additionalProperties: true }), ...errors(400, 401) },
  }),
  'delete /:key': () => ({
    summary: 'Forget one of the signed-in user’s admin preferences',
    parameters: [pathParam('key', 'The preference key.', { type: 'string' })],
    responses: { '200': message, ...errors(401, 404) },
  }),
  'get /run': () => ({
    summary: 'Run queued jobs (job runners)',
    parameters: [
      query('queue', { type: 'string' }, 'The queue.'),
      query('limit', { type: 'integer', minimum: 1 }, 'How many jobs.'),
    ],
    responses: { '200': message, ...errors(400, 401, 403) },
  }),
  'get /handle-schedules': () => ({
    summary: 'Queue scheduled jobs that are due (job runners)',
    responses: { '200': message, ...errors(401, 403) },
  }),
  'post /reindex': () => ({
    summary: 'Rebuild the search index of some collections',
    requestBody: body(object({ collections: { type: 'array', items: { type: 'string' } } }, ['collections'])),
    responses: { '200': message, ...errors(400, 401, 403) },
  }),
}

export const GLOBAL_ENDPOINTS: Record<string, (slug: string) => Omit<Operation, 'tags'>> = {
  'get /': (slug) => ({
    summary: `Read the ${slug} global`,
    parameters: [query('depth', { type: 'integer', minimum: 0, maximum: 10 }, 'Relationship depth.')],
    responses: { '200': json('The global.', { type: 'object', additionalProperties: true }), ...errors(403) },
  }),
  'post /': (slug) => ({
    summary: `Update the ${slug} global`,
    requestBody: body({ type: 'object', additionalProperties: true }),
    responses: {
      '200': json('Updated.', object({ result: { type: 'object' }, message: { type: 'string' } })),
      ...errors(400, 403),
    },
  }),
  'get /versions': (slug) => ({
    summary: `List versions of the ${slug} global`,
    parameters: [whereParam],
    responses: { '200': json('A page of versions.', page({ type: 'object' })), ...errors(400, 403, 404) },
  }),
  'get /versions/:id': (slug) => ({
    summary: `One version of the ${slug} global`,
    parameters: [id],
    responses: { '200': json('The version.', { type: 'object' }), ...errors(403, 404) },
  }),
  'post /versions/:id': (slug) => ({
    summary: `Restore a version of the ${slug} global`,
    parameters: [id],
    responses: { '200': json('Restored.', { type: 'object' }), ...errors(403, 404) },
  }),
  'post /access': (slug) => ({
    summary: `What the caller may do with the ${slug} global`,
    responses: { '200': json('Permissions.', permissions), ...errors(403) },
  }),
}

const seo = (what: string) => (): Omit<Operation, 'tags'> => ({
  summary: `Suggest the SEO ${what} of a document being edited (admin)`,
  requestBody: body({ type: 'object', additionalProperties: true, description: 'The document being edited.' }),
  responses: {
    '200': json('The suggestion.', object({ result: { type: ['string', 'null'] } })),
    ...errors(400, 401, 403),
  },
})

export const ROOT_ENDPOINTS: Record<string, () => Omit<Operation, 'tags'>> = {
  'get /og': () => ({
    summary: 'An Open Graph image for an admin page (Payload’s)',
    parameters: [
      query('title', { type: 'string' }, 'Title.'),
      query('description', { type: 'string' }, 'Description.'),
    ],
    responses: {
      '200': { description: 'The image.', content: { 'image/png': { schema: { type: 'string', format: 'binary' } } } },
      ...errors(400),
    },
  }),
  'get /access': () => ({
    summary: 'What the caller may do, for every collection and global',
    responses: { '200': json('Permissions.', permissions), ...errors(400) },
  }),
  'post /plugin-seo/generate-title': seo('title'),
  'post /plugin-seo/generate-description': seo('description'),
  'post /plugin-seo/generate-url': seo('address'),
  'post /plugin-seo/generate-image': seo('image'),
}
