import type { DeliveryEvent } from '../../src/distribution/types'
import { DEMO_PASSWORD } from '../helpers/app'
import { DISTRIBUTION_ENV, newSecret } from '../helpers/distribution'
import { productionApiEnv, runScript, spawnServer, type ServerProcess } from '../helpers/process'
import { webhookReceiver, type WebhookRequest } from '../helpers/receivers/webhookReceiver'
import { createTestDatabase, dropTestDatabase, testDbKind } from '../helpers/testDatabase'
import { PUBLISH } from '../helpers/users'

/*
 * Two instances on one PostgreSQL database, two requests on one piece at the same moment, ten times
 * per kind of race. Whatever the interleaving, the site (a receiver checking signatures) must end
 * up told what was committed: exactly one `published` per committed publication, one `unpublished`
 * per committed withdrawal, and a last event that agrees with the piece's final state.
 * SQLite is documented as a single-instance database: its writers take turns on one lock.
 */
const postgres = testDbKind() === 'postgres'
const ROUNDS = 10
const secret = newSecret()
const site = webhookReceiver({ secrets: [secret] })

let databaseUri: string
let a: ServerProcess
let b: ServerProcess
let token: string

type Piece = { id: number; title: string }
type Request = {
  via: () => ServerProcess
  method: string
  path: (piece: Piece) => string
  body: (piece: Piece) => unknown
}

async function send(via: ServerProcess, method: string, path: string, body?: unknown): Promise<Response> {
  const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
  return fetch(`${via.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
}

async function json<T>(response: Response): Promise<T> {
  if (response.status >= 300) throw new Error(`${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

let made = 0
async function piece(published: boolean): Promise<Piece> {
  const title = `Course ${++made}`
  const { doc } = await json<{ doc: Piece }>(
    await send(a, 'POST', '/api/articles', {
      title,
      format: 'news',
      ...(published ? PUBLISH : { workflowStatus: 'approved' }),
    }),
  )
  return doc
}

const publish: Request = { via: () => a, method: 'PATCH', path: (p) => `/api/articles/${p.id}`, body: () => PUBLISH }
const RACES: { name: string; published: boolean; first: Request; second: Request }[] = [
  {
    name: 'publish ∥ unpublish',
    published: false,
    first: publish,
    second: { via: () => b, method: 'PATCH', path: (p) => `/api/articles/${p.id}`, body: () => ({ _status: 'draft' }) },
  },
  { name: 'publish ∥ publish', published: false, first: publish, second: { ...publish, via: () => b } },
  {
    name: 'publish ∥ autosave',
    published: false,
    first: publish,
    second: {
      via: () => b,
      method: 'PATCH',
      path: (p) => `/api/articles/${p.id}?draft=true&autosave=true`,
      body: () => ({ standfirst: 'Autosave' }),
    },
  },
  {
    name: 'publish ∥ stale PATCH',
    published: false,
    first: publish,
    second: {
      via: () => b,
      method: 'PATCH',
      path: (p) => `/api/articles/${p.id}`,
      body: (p) => ({ title: `${p.title} (relu)` }),
    },
  },
  {
    name: 'unpublish ∥ title edit',
    published: true,
    first: { via: () => a, method: 'PATCH', path: (p) => `/api/articles/${p.id}`, body: () => ({ _status: 'draft' }) },
    second: {
      via: () => b,
      method: 'PATCH',
      path: (p) => `/api/articles/${p.id}`,
      body: (p) => ({ title: `${p.title} (modifié)` }),
    },
  },
]

/** Committed publications and withdrawals of a piece, from the audit trail written in their transactions. */
async function committed(id: number): Promise<{ publish: number; unpublish: number; status: string }> {
  const where = encodeURIComponent(
    JSON.stringify({ and: [{ collection: { equals: 'articles' } }, { documentId: { equals: String(id) } }] }),
  )
  const audit = await json<{ docs: { action: string }[] }>(
    await send(a, 'GET', `/api/audit-log?limit=100&depth=0&where=${where}`),
  )
  const { _status } = await json<{ _status: string }>(await send(a, 'GET', `/api/articles/${id}?depth=0`))
  const count = (action: string) => audit.docs.filter((entry) => entry.action === action).length
  return { publish: count('publish'), unpublish: count('unpublish'), status: _status }
}

/** The events the site accepted for a piece, in the order it got them (one per webhook-id). */
const eventsOf = (id: number) =>
  site
    .accepted()
    .filter((request: WebhookRequest) => (request.json as { id?: string }).id === String(id))
    .map((request) => (request.json as { event: DeliveryEvent }).event)

/** Resolves once neither instance has a delivery left to send. */
async function settled(): Promise<void> {
  const where = encodeURIComponent(JSON.stringify({ status: { in: ['queued', 'retrying', 'sending'] } }))
  for (;;) {
    const { totalDocs } = await json<{ totalDocs: number }>(
      await send(a, 'GET', `/api/deliveries/count?where=${where}`),
    )
    if (totalDocs === 0) return
    await new Promise((resolve) => setImmediate(resolve))
  }
}

const describeOnPostgres = postgres ? describe : describe.skip
describeOnPostgres(
  'concurrent writes on one piece through two instances (PostgreSQL only: SQLite is single-instance)',
  () => {
    beforeAll(async () => {
      await site.start()
      databaseUri = await createTestDatabase('races', 'accounts')
      const env = {
        ...productionApiEnv(databaseUri, 'races'),
        ...DISTRIBUTION_ENV,
        JOBS_AUTORUN: 'false',
        LOG_LEVEL: 'info',
      }
      // The public read model built, as a deployment does: every write then refreshes it inside its commit.
      const built = await runScript('scripts/readModel.ts', [], env)
      expect({ code: built.code, output: built.code ? built.output : '' }).toEqual({ code: 0, output: '' })
      ;[a, b] = await Promise.all([spawnServer(env), spawnServer(env)])
      const login = await json<{ token: string }>(
        await fetch(`${a.url}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'editor@newsroom.test', password: DEMO_PASSWORD }),
        }),
      )
      token = login.token
      const admin = await json<{ token: string }>(
        await fetch(`${a.url}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'admin@newsroom.test', password: DEMO_PASSWORD }),
        }),
      )
      const destination = await fetch(`${a.url}/api/destinations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${admin.token}` },
        body: JSON.stringify({
          name: 'Site',
          kind: 'site-webhook',
          url: `${site.url}/revalidate`,
          secret,
          collections: ['articles'],
        }),
      })
      expect(destination.status).toBe(201)
    })
    // Per race kind: races run, events the committed states call for, events the receiver verified.
    const tally: Record<string, { races: number; expected: number; received: number }> = {}
    afterAll(async () => {
      console.info(
        Object.entries(tally)
          .map(([name, t]) => `${name}: ${t.races} races, ${t.expected} events expected, ${t.received} received`)
          .join('\n'),
      )
      for (const server of [a, b]) server?.child.kill('SIGTERM')
      await Promise.all([a?.exited, b?.exited])
      await site.close()
      await dropTestDatabase(databaseUri)
    })

    test.each(RACES)(
      '$name: events follow what was committed, each publication announced once',
      async ({ name, published, first, second }) => {
        const pieces = await Promise.all(Array.from({ length: ROUNDS }, () => piece(published)))
        await Promise.all(
          pieces.map((p) =>
            Promise.all(
              [first, second].map((r) =>
                send(r.via(), r.method, r.path(p), r.body(p)).then((response) => response.text()),
              ),
            ),
          ),
        )
        await settled()
        const counted = (tally[name] = { races: pieces.length, expected: 0, received: 0 })
        for (const p of pieces) {
          const truth = await committed(p.id)
          const events = eventsOf(p.id)
          counted.expected += truth.publish + truth.unpublish
          counted.received += events.filter((e) => e !== 'updated').length
          expect({
            id: p.id,
            published: events.filter((e) => e === 'published').length,
            unpublished: events.filter((e) => e === 'unpublished').length,
          }).toEqual({
            id: p.id,
            published: truth.publish,
            unpublished: truth.unpublish,
          })
          const last = [...events].reverse().find((event) => event !== 'updated')
          expect({ id: p.id, live: last === 'published' }).toEqual({ id: p.id, live: truth.status === 'published' })
        }
      },
    )
  },
)
