import type { CollectionSlug } from 'payload'

import { startTestApp, type TestApp } from '../helpers/app'
import { productionApiEnv, spawnServer, type ServerProcess } from '../helpers/process'

let app: TestApp
let admin: string

beforeAll(async () => {
  app = await startTestApp('server-errors', { seed: 'content' })
  admin = await app.login('admin@newsroom.test')
}, 180_000)
afterAll(() => app.close())

type Answer = { status: number; text: string; headers: Headers }

async function send(
  method: string,
  path: string,
  options: { json?: unknown; token?: string; body?: string } = {},
): Promise<Answer> {
  const response = await app.request(path, {
    method,
    token: options.token ?? admin,
    json: options.json,
    body: options.body,
  })
  return { status: response.status, text: await response.text(), headers: response.headers }
}

async function firstId(collection: string): Promise<string> {
  const { docs } = await app.payload.find({
    collection: collection as CollectionSlug,
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return String(docs[0].id)
}

async function stored(collection: string, id: string): Promise<unknown> {
  return app.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    depth: 0,
    overrideAccess: true,
    draft: true,
  })
}

describe('where', () => {
  test.each([
    '/api/articles?where=STRING',
    '/api/articles/count?where=STRING',
    '/api/articles?where=[1]',
    '/api/topics?where=',
  ])('%s answers 400 naming where, anonymous or signed in', async (path) => {
    for (const token of [admin, '']) {
      const answer = await send('GET', path, { token })
      expect([answer.status, answer.text]).toEqual([400, expect.stringContaining('where')])
    }
  })

  test('a where on a nested field (dotted name), as the admin looks up a document’s lock, is read as is', async () => {
    const query = 'where[document.relationTo][equals]=articles&where[document.value][equals]=1'
    const answer = await app.request(`/api/payload-locked-documents?${query}`, { token: admin })
    expect(answer.status).toBe(200)
    expect((await app.request('/api/articles?where[meta.title][exists]=false&limit=1', { token: admin })).status).toBe(
      200,
    )
  })

  test('a where given as a JSON text is read as the object it spells', async () => {
    const { docs } = await app.payload.find({ collection: 'topics', limit: 1, depth: 0 })
    const where = encodeURIComponent(JSON.stringify({ slug: { equals: docs[0].slug } }))
    const answer = await send('GET', `/api/topics?where=${where}`, { token: '' })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text).docs.map((doc: { id: number }) => doc.id)).toEqual([docs[0].id])
    const count = await send('GET', `/api/topics/count?where=${where}`, { token: '' })
    expect(JSON.parse(count.text)).toEqual({ totalDocs: 1 })
  })
})

describe('writes without a body are read as the empty object', () => {
  test('POST /api/events without a body is refused like {} is: 400 for the missing title', async () => {
    const [none, empty] = [await send('POST', '/api/events'), await send('POST', '/api/events', { json: {} })]
    expect(none.status).toBe(400)
    expect(none.status).toBe(empty.status)
  })

  test('PATCH /api/faqs/:id without a body changes nothing, as {} does', async () => {
    const id = await firstId('faqs')
    const before = await stored('faqs', id)
    expect((await send('PATCH', `/api/faqs/${id}`)).status).toBe(200)
    expect(await stored('faqs', id)).toMatchObject({ question: (before as { question: string }).question })
  })
})

/** The field names a 400 names: Payload's ValidationError lists them under data.errors. */
function namedFields(answer: Answer): string[] {
  const body = JSON.parse(answer.text) as { errors?: { data?: { errors?: { path: string }[] } }[] }
  return (body.errors ?? []).flatMap((error) => (error.data?.errors ?? []).map((entry) => entry.path))
}

describe('wrong shapes are refused with 400 naming the field, and nothing is stored', () => {
  test.each([
    ['topics', 'description', {}],
    ['topics', 'title', ['a']],
    ['articles', '_status', []],
    ['articles', 'meta', null],
    ['articles', 'publishedAt', { at: 'tomorrow' }],
    ['users', 'notifications', null],
    ['chambers', 'openingHours', []],
    ['chambers', 'createdAt', 'STRING'],
    ['chambers', 'updatedAt', 'not a date'],
    ['subjects', 'sourceDetails', []],
    ['subjects', 'priority', {}],
    ['partners', 'name', {}],
    ['partners', 'url', { href: 'https://example.org' }],
  ])('PATCH %s {"%s": %j}', async (collection, field, value) => {
    const id = await firstId(collection)
    const before = await stored(collection, id)
    const answer = await send('PATCH', `/api/${collection}/${id}`, { json: { [field]: value } })
    expect(answer.status).toBe(400)
    expect(namedFields(answer)).toContain(field)
    expect(await stored(collection, id)).toEqual(before)
  })

  test('POST /api/chambers with a malformed createdAt is refused naming it', async () => {
    const answer = await send('POST', '/api/chambers', {
      json: { name: 'Chambre test', kind: 'territorial', createdAt: 'STRING' },
    })
    expect(answer.status).toBe(400)
    expect(namedFields(answer)).toEqual(['createdAt'])
  })

  test('the refusal speaks French by default and English to an English client', async () => {
    const id = await firstId('topics')
    const french = await send('PATCH', `/api/topics/${id}`, { json: { description: {} } })
    const response = await app.request(`/api/topics/${id}`, {
      method: 'PATCH',
      token: admin,
      json: { description: {} },
      headers: { 'accept-language': 'en' },
    })
    expect(french.text).toContain('texte')
    expect(await response.text()).toContain('text')
  })
})

describe('methods on routes that are not documents', () => {
  test.each([
    ['DELETE', '/api/articles/count', 'GET'],
    ['DELETE', '/api/subjects/count', 'GET'],
    ['PATCH', '/api/editorial-meetings/count', 'GET'],
    ['DELETE', '/api/users/me', 'GET'],
    ['DELETE', '/api/guides/overdue', 'GET'],
    ['DELETE', '/api/chambers/geojson', 'GET'],
    ['DELETE', '/api/chambers/nearest', 'GET'],
    ['GET', '/api/users/access', 'POST'],
    ['DELETE', '/api/articles/versions', 'GET'],
  ])('%s %s answers 405 allowing %s', async (method, path, allowed) => {
    const answer = await send(method, path)
    expect(answer.status).toBe(405)
    expect(answer.headers.get('allow')).toContain(allowed)
    expect(answer.text).toContain(method)
  })

  test('a POST marked X-Payload-HTTP-Method-Override: GET reads the document, as the admin’s live preview does', async () => {
    const { docs } = await app.payload.find({ collection: 'articles', limit: 1, depth: 0, overrideAccess: true })
    const answer = await app.request(`/api/articles/${docs[0].id}`, {
      method: 'POST',
      token: admin,
      headers: { 'x-payload-http-method-override': 'GET', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'depth=0&draft=true',
    })
    expect(answer.status).toBe(200)
    expect(((await answer.json()) as { id: number }).id).toBe(docs[0].id)
  })
})

test('POST /api/media from a private address is refused with 400 naming url', async () => {
  const answer = await send('POST', '/api/media', {
    json: { url: 'http://127.0.0.1:9/logo.png', filename: 'logo.png', alt: 'Logo' },
  })
  expect(answer.status).toBe(400)
  expect(answer.text).toContain('url')
  expect(answer.text).toContain('127.0.0.1 est une adresse locale ou privée')
})

test('a signed-in user saves an admin preference, then reads it back', async () => {
  for (const key of ['locale', 'nav', 'collection-articles']) {
    const saved = await send('POST', `/api/payload-preferences/${key}`, { json: { value: { chosen: key } } })
    expect(saved.status).toBe(200)
    const read = await send('GET', `/api/payload-preferences/${key}`)
    expect([read.status, JSON.parse(read.text).value]).toEqual([200, { chosen: key }])
  }
})

test('deleting a destination that has deliveries keeps them, with its name and no link', async () => {
  const destination = await app.payload.db.create({
    collection: 'destinations',
    data: { name: 'Ancien site', kind: 'webhook', url: 'https://old.example.org/hook', enabled: true },
  })
  const row = {
    itemCollection: 'articles',
    itemId: '1',
    event: 'published',
    status: 'delivered',
    webhookId: 'msg_old',
    orderKey: `${destination.id}:articles:1:`,
  }
  const delivery = await app.payload.db.create({
    collection: 'deliveries',
    data: { ...row, destination: destination.id },
  })
  const answer = await send('DELETE', `/api/destinations/${destination.id}`)
  expect(answer.status).toBe(200)
  const kept = await app.payload.findByID({ collection: 'deliveries', id: delivery.id, depth: 0, overrideAccess: true })
  expect(kept).toMatchObject({ destination: null, destinationName: 'Ancien site', status: 'delivered' })
})

describe('logging', () => {
  let server: ServerProcess

  beforeAll(async () => {
    // A second instance on the same database, as production runs it, whose log lines can be read.
    const env = {
      ...productionApiEnv(app.databaseUri, 'server-errors-test'),
      LOG_LEVEL: 'info',
      JOBS_AUTORUN: 'false',
      DELIVERY_WORKER: 'false',
    }
    server = await spawnServer(env)
  }, 60_000)
  afterAll(async () => {
    server.child.kill('SIGTERM')
    await server.exited
  })

  const linesOf = (requestId: string) =>
    server
      .output()
      .split('\n')
      .filter((line) => line.includes(requestId))
      .map((line) => JSON.parse(line) as { level: number; msg: string; err?: { stack?: string }; requestId: string })

  test('a refusal is logged at info, without a stack, under the id its answer carries', async () => {
    const response = await fetch(`${server.url}/api/articles/1/schedule`, { method: 'POST' })
    const requestId = response.headers.get('x-request-id') ?? ''
    const { errors } = (await response.json()) as { errors: { message: string }[] }
    expect([response.status, requestId]).toEqual([400, expect.stringMatching(/^[0-9a-f-]{36}$/)])
    await server.waitForOutput(new RegExp(requestId))
    expect(linesOf(requestId)).toEqual([expect.objectContaining({ level: 30, msg: errors[0].message, requestId })])
    expect(linesOf(requestId)[0].err).toBeUndefined()
  })

  test('a fault of ours is logged as an error with the request id that the answer gives', async () => {
    await app.payload.db.execute({
      drizzle: app.payload.db.drizzle,
      raw: 'ALTER TABLE partners RENAME TO partners_gone',
    })
    try {
      const response = await fetch(`${server.url}/api/partners`)
      const body = (await response.json()) as { requestId?: string }
      expect(response.status).toBe(500)
      expect(body.requestId).toBe(response.headers.get('x-request-id'))
      await server.waitForOutput(new RegExp(`"requestId":"${body.requestId}"`))
      expect(linesOf(body.requestId ?? '')).toEqual([
        expect.objectContaining({ level: 50, err: expect.objectContaining({ stack: expect.any(String) }) }),
      ])
    } finally {
      await app.payload.db.execute({
        drizzle: app.payload.db.drizzle,
        raw: 'ALTER TABLE partners_gone RENAME TO partners',
      })
    }
  })
})
