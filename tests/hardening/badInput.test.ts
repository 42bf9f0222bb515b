import type { CollectionSlug } from 'payload'

import { startTestApp, type TestApp } from '../helpers/app'
import { installChangeCounter } from '../helpers/changeCounter'
import { BODY_CASES, ID_CASES, QUERY_CASES, type BadInput } from './corpus'

type Route = { method: string; path: string }
type Outcome = { route: string; input: string; status: number; problem: string }

let app: TestApp
let admin: string
let routes: Route[]
const outcomes: Outcome[] = []

// Written by the platform itself whatever the answer (failed sign-ins are audited; the admin's
// own preferences and locks): not content a refused request could have changed.
const UNWATCHED = new Set([
  'audit-log',
  'payload-preferences',
  'payload-locked-documents',
  'payload-migrations',
  'payload-jobs',
  'payload-kv',
])
// Routes that act on the caller's own session: run, they would end the test's sign-in.
const SESSION_ROUTES = new Set(['/api/users/logout', '/api/users/refresh-token'])

beforeAll(async () => {
  app = await startTestApp('bad-input', { seed: 'content' })
  admin = await app.login('admin@newsroom.test')
  changes = await installChangeCounter(app.payload, UNWATCHED_TABLES)
  // The counter sees an accepted write, so an unchanged count after a refusal means something.
  const before = await changes()
  const accepted = await app.request('/api/topics', { method: 'POST', token: admin, json: { title: 'Compteur' } })
  if (accepted.status !== 201 || (await changes()) === before)
    throw new Error(`the change counter missed a write (${accepted.status})`)
  const document = (await (await app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>
  }
  routes = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => ['post', 'patch', 'put', 'delete'].includes(method))
      .map((method) => ({ method: method.toUpperCase(), path })),
  )
}, 180_000)
afterAll(() => app.close())

// The tables of UNWATCHED, and the sessions a signed-in request may refresh.
const UNWATCHED_TABLES = [
  ...[...UNWATCHED].map((slug) => slug.replace(/-/g, '_')),
  'users_sessions',
  'newsroom_test_changes',
]

/** How many rows have been written so far (triggers on every watched table): a refusal must not move it. */
let changes: () => Promise<number>

/** A document of the route's collection to aim at, so that a bad body meets a real document. */
async function someId(path: string): Promise<string> {
  const slug = /^\/api\/([^/]+)\//.exec(path)?.[1]
  const collection = app.payload.config.collections.find((c) => c.slug === slug)
  if (!collection) return '1'
  const { docs } = await app.payload.find({
    collection: collection.slug as CollectionSlug,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  return String(docs[0]?.id ?? '1')
}

async function attempt(route: Route, input: BadInput, url: string, body: string | undefined): Promise<void> {
  const before = await changes()
  const response = await app.request(url, {
    method: route.method,
    token: admin,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body,
  })
  const text = await response.text()
  const record = (problem: string) =>
    outcomes.push({ route: `${route.method} ${route.path}`, input: input.name, status: response.status, problem })
  if (response.status >= 500) {
    record(`server error: ${text.slice(0, 300)}`)
    return
  }
  if (response.status < 400) return
  let message: string
  try {
    const parsed = JSON.parse(text) as { errors?: { message?: string }[]; message?: string }
    message = parsed.errors?.[0]?.message ?? parsed.message ?? ''
  } catch {
    message = text
  }
  if (!message.trim()) record(`refused without a message: ${text.slice(0, 200)}`)
  if ((await changes()) !== before) record('refused, yet the database changed')
}

const base = (path: string) => path.replace(/\/\{[^}]+\}.*$/, '')

test('every write route answers bad input with a 4xx and a message, never a 5xx, and a refusal changes nothing', async () => {
  let requests = 0
  for (const route of routes) {
    if (SESSION_ROUTES.has(route.path)) continue
    const id = route.path.includes('{') ? await someId(route.path) : ''
    const withId = (value: string) => route.path.replace(/\{[^}]+\}/, value)
    if (route.method !== 'DELETE') {
      for (const input of BODY_CASES) {
        await attempt(route, input, withId(id), input.body)
        requests++
      }
    }
    if (route.path.includes('{')) {
      for (const input of ID_CASES) {
        await attempt(route, input, withId(input.id!), route.method === 'DELETE' ? undefined : '{}')
        requests++
      }
    }
  }
  // Bulk writes and lists of every collection: the query string is the input.
  const collections = [...new Set(routes.filter((r) => /^\/api\/[^/]+\/\{id\}$/.test(r.path)).map((r) => base(r.path)))]
  for (const path of collections) {
    for (const input of QUERY_CASES) {
      for (const method of ['GET', 'PATCH', 'DELETE']) {
        await attempt(
          { method, path },
          input,
          `${path}?${input.query}`,
          method === 'PATCH' ? JSON.stringify({ title: 'bulk' }) : undefined,
        )
        requests++
      }
    }
  }
  console.log(
    `bad-input corpus: ${requests} requests over ${routes.length} write routes and ${collections.length} collections`,
  )
  expect(outcomes).toEqual([])
}, 900_000)
