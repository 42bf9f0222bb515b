import type { CollectionSlug } from 'payload'

import { describe as describeErrors, newAjv, type OpenApiDocument } from '../../src/openapi/contract'
import { configRoutes, templates } from '../../src/openapi/routes'
import { ACTORS_WITH_ROLES } from '../helpers/actors'
import { startTestApp, type TestApp } from '../helpers/app'

type Op = {
  parameters?: { name: string; in: string; required?: boolean; schema?: { enum?: string[] } }[]
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> }
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>
}
type Doc = OpenApiDocument & {
  paths: Record<string, Record<string, Op>>
  components: { schemas: Record<string, { required?: string[]; properties?: Record<string, { enum?: unknown[] }> }> }
}

let app: TestApp
let doc: Doc
const tokens: Record<string, string | undefined> = { anonymous: undefined }

beforeAll(async () => {
  app = await startTestApp('openapi-contract', { seed: 'content' })
  doc = (await (await app.request('/api/openapi.json')).json()) as Doc
  for (const { role, email } of ACTORS_WITH_ROLES) tokens[role] = await app.login(email)
}, 120_000)
afterAll(() => app.close())

// `/{key}` and `/{id}` are one path to a client: the document keeps one name per shape.
const shape = (path: string) => path.replace(/:(\w+)/g, '{$1}').replace(/\{\w+\}/g, '{}')
const documented = (path: string, method: string) =>
  Object.entries(doc.paths).some(([template, item]) => shape(template) === shape(path) && item[method])

type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] }; name?: string }

/** Every route express itself declares (not Payload's: those are the config's), with its methods. */
function expressRoutes(stack: Layer[]): { path: string; methods: string[] }[] {
  return stack.flatMap((layer) => {
    if (layer.route)
      return [{ path: layer.route.path, methods: Object.keys(layer.route.methods).filter((m) => m !== '_all') }]
    return layer.handle?.stack ? expressRoutes(layer.handle.stack) : []
  })
}

describe('the document covers every route', () => {
  test('every endpoint of the config (root, collections, globals; ours and Payload’s) has a description', () => {
    const routes = configRoutes(app.payload.config)
    expect(routes.length).toBeGreaterThan(200)
    expect(routes.filter((route) => !route.operation).map((route) => `${route.method} ${route.path}`)).toEqual([])
    const missing = routes.flatMap((route) =>
      templates(route.path)
        .filter((path) => !documented(path, route.method))
        .map((path) => `${route.method} ${path}`),
    )
    expect(missing).toEqual([])
  })

  test('every route express declares is in the document, or is the door to Payload’s or Next’s routes', () => {
    const stack = (app.express as unknown as { router: { stack: Layer[] } }).router.stack
    const found = expressRoutes(stack)
    expect(found.length).toBeGreaterThan(3)
    // Dispatchers: `/api/{*slug}` hands over to Payload (its routes are the config's, checked above), and
    // `/feeds/{*splat}` to the syndication handler, whose four forms are documented one by one.
    const dispatchers: Record<string, (path: string) => boolean> = {
      '/api/{*slug}': () => true,
      '/feeds/{*splat}': (path) => path.startsWith('/feeds/'),
    }
    const undocumented = found.flatMap(({ path, methods }) =>
      methods
        .filter((method) => {
          const dispatcher = dispatchers[path]
          if (dispatcher)
            return !Object.entries(doc.paths).some(([p, item]) => dispatcher(p) && (method === 'all' || item[method]))
          if (method === 'options') return false
          return !documented(path, method === 'head' ? 'get' : method)
        })
        .map((method) => `${method} ${path}`),
    )
    expect(undocumented).toEqual([])
  })

  test.each([
    ['post', '/api/subjects/{id}/start'],
    ['post', '/api/editorial-meetings/{id}/close'],
    ['get', '/api/editorial-meetings/{id}/board'],
    ['post', '/api/calendar/reschedule'],
    ['post', '/api/users/calendar-token'],
    ['delete', '/api/users/calendar-token'],
    ['get', '/api/calendar.ics'],
    ['get', '/api/questions/trends'],
    ['post', '/api/questions/trends/propose'],
    ['post', '/api/deliveries/{id}/retry'],
    ['post', '/api/deliveries/replay'],
    ['get', '/api/calendar'],
    ['post', '/api/questions'],
  ])('describes %s %s with its answers and errors', (method, path) => {
    const operation = doc.paths[path]?.[method]
    expect(operation).toBeDefined()
    const statuses = Object.keys(operation.responses)
    expect(statuses.some((status) => status.startsWith('2'))).toBe(true)
    expect(statuses.some((status) => status.startsWith('4'))).toBe(true)
  })
})

describe('schemas a generated client can use', () => {
  test('create and update bodies never require server-set fields', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of ['post', 'patch'] as const) {
        const ref = item[method]?.requestBody?.content['application/json']?.schema.$ref
        if (!ref) continue
        const schema = doc.components.schemas[ref.split('/').pop()!]
        expect({
          path,
          method,
          required: (schema.required ?? []).filter((name) => ['id', 'createdAt', 'updatedAt'].includes(name)),
        }).toEqual({ path, method, required: [] })
      }
    }
    expect(doc.paths['/api/articles'].post.requestBody!.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/articles.create',
    )
    expect(doc.components.schemas['articles.create'].required).toEqual(expect.arrayContaining(['title']))
  })

  test('signed-in accounts carry collection, sessions and _strategy; nullable selects list null', () => {
    const users = doc.components.schemas.users.properties!
    for (const name of ['collection', 'sessions', '_strategy']) expect(users[name]).toBeDefined()
    const nullableEnums = Object.values(doc.components.schemas).flatMap((schema) =>
      Object.values(schema.properties ?? {}).filter(
        (p) =>
          Array.isArray(p.enum) &&
          Array.isArray((p as { type?: unknown }).type) &&
          (p as { type: string[] }).type.includes('null'),
      ),
    )
    expect(nullableEnums.length).toBeGreaterThan(0)
    for (const property of nullableEnums) expect(property.enum).toContain(null)
  })

  test('`where` is documented in deepObject style, as an object or a JSON text, and a JSON text works', async () => {
    const where = doc.paths['/api/articles'].get.parameters!.find((p) => p.name === 'where') as Record<string, unknown>
    expect(where).toMatchObject({ in: 'query', style: 'deepObject', explode: true })
    expect(JSON.stringify(where.schema)).toContain('"type":"string"')
    const { docs } = await app.payload.find({ collection: 'articles', limit: 1, depth: 0 })
    const text = encodeURIComponent(JSON.stringify({ slug: { equals: docs[0].slug } }))
    const found = (await (
      await app.request(`/api/articles?where=${text}&depth=0`, { token: tokens.admin })
    ).json()) as { docs: { id: unknown }[] }
    expect(found.docs.map((d) => d.id)).toEqual([docs[0].id])
    expect((await app.request('/api/articles?where=STRING')).status).toBe(400)
  })
})

/** A value for each path parameter, taken from the seeded database. */
async function fill(path: string): Promise<string | null> {
  const slug = /^\/api\/([^/{]+)/.exec(path)?.[1] as CollectionSlug | undefined
  const collection = app.payload.config.collections.find((c) => c.slug === slug)
  let result = path
  for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
    let value: string | undefined
    if (name === 'type') value = 'all'
    else if (name === 'slug')
      value = String((await app.payload.find({ collection: 'topics', limit: 1, depth: 0 })).docs[0]?.slug)
    else if (name === 'filename')
      value = String((await app.payload.find({ collection: 'media', limit: 1, depth: 0 })).docs[0]?.filename)
    else if (name === 'id' && collection && path.includes('/versions/')) {
      if (!collection.versions) return null
      value = String(
        (await app.payload.findVersions({ collection: collection.slug as CollectionSlug, limit: 1, depth: 0 })).docs[0]
          ?.id,
      )
    } else if (name === 'id' && collection)
      value = String(
        (
          await app.payload.find({
            collection: collection.slug as CollectionSlug,
            limit: 1,
            depth: 0,
            pagination: false,
          })
        ).docs[0]?.id,
      )
    if (value === undefined || value === 'undefined') return null
    result = result.replace(`{${name}}`, encodeURIComponent(String(value)))
  }
  return result
}

// GETs that act rather than read (Payload's job runner); calling them would run the queue.
const ACTING_GETS = new Set(['/api/payload-jobs/run', '/api/payload-jobs/handle-schedules'])

test('every documented GET answer, for every role, matches the status and schema the document gives', async () => {
  const ajv = newAjv(doc)
  const problems: string[] = []
  let checked = 0
  for (const [template, item] of Object.entries(doc.paths)) {
    const operation = item.get
    if (!operation || ACTING_GETS.has(template)) continue
    const url = await fill(template)
    if (!url) continue
    const required = (operation.parameters ?? []).filter((p) => p.in === 'query' && p.required)
    if (required.length) continue
    for (const [role, token] of Object.entries(tokens)) {
      const response = await app.request(url, { token }).catch((error: Error) => error)
      if (response instanceof Error) {
        problems.push(`${role} GET ${url}: ${response.message} ${String(response.cause)}`)
        continue
      }
      const status = String(response.status)
      const declared = operation.responses[status]
      if (!declared) {
        problems.push(`${role} GET ${url}: ${status} is not documented (${(await response.text()).slice(0, 120)})`)
        continue
      }
      const type = (response.headers.get('content-type') ?? '').split(';')[0]
      // Read to its end: an unread body (a media file) keeps its connection busy, and the server's
      // shutdown waits for it.
      if (type !== 'application/json') {
        await response.arrayBuffer()
        continue
      }
      const location = declared.$ref
        ? declared.$ref.replace('#/', '').split('/').concat(['content', 'application/json', 'schema'])
        : ['paths', template, 'get', 'responses', status, 'content', 'application/json', 'schema']
      const ref = `openapi#/${location.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`
      const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref })
      checked++
      if (!validate(await response.json())) {
        problems.push(
          `${role} GET ${url} ${status}: ${describeErrors(validate.errors, 'answer')
            .map((v) => `${v.path} ${v.message}`)
            .join('; ')}`,
        )
      }
    }
  }
  expect(checked).toBeGreaterThan(300)
  expect(problems).toEqual([])
}, 300_000)
