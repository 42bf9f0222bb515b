import { mkdtempSync, readdirSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import sharp from 'sharp'

import type { DeliveryEvent } from '../../src/distribution/types'
import type { Delivery, Media } from '../../src/payload-types'
import { newSecret } from '../helpers/distribution'
import { jpeg, uploadForm } from '../helpers/images'
import { createEmptyPostgresDatabase } from '../helpers/emptyPostgres'
import { productionApiEnv, spawnScript, spawnServer, type ServerProcess, type WatchedProcess } from '../helpers/process'
import { ayrshareReceiver } from '../helpers/receivers/ayrshareReceiver'
import { webhookReceiver } from '../helpers/receivers/webhookReceiver'
import { startS3rver, type TestBucket } from '../helpers/s3rver'
import {
  applyStep,
  expectedEvents,
  type Live,
  type Piece,
  plannedPieces,
  type Step,
  type Via,
} from '../helpers/scaleOutTraffic'
import { dropTestDatabase, newId, testRun } from '../helpers/testDatabase'

/*
 * The platform as a scaled-out deployment runs it: two API instances and one delivery worker on
 * one PostgreSQL database, media in one S3 bucket, the caches kept in step through Redis (what
 * production runs with several instances: it also shares the rate-limit counters and the site's
 * page-cache tags, which the database path cannot). Editors publish, readers read and journalists
 * upload through both instances at once; then every promise of the README is checked.
 * PostgreSQL whatever TEST_DB says: SQLite is documented as a single-instance database.
 */

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'
const ADMIN = { name: 'Admin', email: 'admin@newsroom.test', password: 'a-long-password-for-tests', roles: ['admin'] }
const AYRSHARE_KEY = 'ayrshare-key-scale-out'
const SITE_PIECES = 20
const SOCIAL_PIECES = 4
const UPLOADS = 6
const READERS = 4

const pieces = plannedPieces(SITE_PIECES, SOCIAL_PIECES)
const secret = newSecret()
const site = webhookReceiver({ secrets: [secret] })
const ayrshare = ayrshareReceiver({ apiKey: AYRSHARE_KEY })

let bucket: TestBucket
let databaseUri: string
let db: pg.Client
let mediaDir: string
let instances: Record<Via, ServerProcess>
let worker: WatchedProcess
let token: string
let destinations: { site: number; ayrshare: number }
let socialTopic: number

/** Per piece: its id and slug once created, and what readers must see after its last step. */
const created = new Map<number, { id: number; slug: string }>()
const finalState = new Map<number, Live>()
/** Everything that went wrong while the traffic ran, reported by the tests that care. */
const serverErrors: string[] = []
const staleReads: string[] = []
const uploads: { doc: Media; width: number; height: number }[] = []
let reads = 0

async function call(via: Via, method: string, pathname: string, body?: unknown, auth = true): Promise<Response> {
  const headers: Record<string, string> = {}
  if (auth) headers.authorization = `JWT ${token}`
  if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json'
  const response = await fetch(`${instances[via].url}${pathname}`, {
    method,
    headers,
    body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
  })
  if (response.status >= 500)
    serverErrors.push(`${method} ${pathname} via ${via}: ${response.status} ${await response.clone().text()}`)
  return response
}

async function write(
  via: Via,
  method: string,
  pathname: string,
  body?: unknown,
): Promise<{ id: number; slug: string }> {
  const response = await call(via, method, pathname, body)
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${pathname} via ${via}: ${response.status} ${text}`)
  return (JSON.parse(text) as { doc: { id: number; slug: string } }).doc
}

const other = (via: Via): Via => (via === 'a' ? 'b' : 'a')

/** One step of a piece's life, then what a reader of the other instance sees of it at once. */
async function runStep(piece: Piece, live: Live, step: Step, index: number): Promise<Live> {
  const next = applyStep(piece, live, step, index)
  const id = created.get(piece.n)?.id
  const published = { _status: 'published', workflowStatus: 'approved' }
  switch (step.op) {
    case 'publish':
    case 'draft': {
      const topics = piece.social ? [socialTopic] : []
      const status = step.op === 'publish' ? published : { _status: 'draft' }
      created.set(piece.n, await write(step.via, 'POST', '/api/articles', { title: next.title, topics, ...status }))
      break
    }
    case 'publishDraft':
      await write(step.via, 'PATCH', `/api/articles/${id}`, published)
      break
    case 'retitle':
      await write(step.via, 'PATCH', `/api/articles/${id}`, { title: next.title })
      break
    case 'draftOver':
      await write(step.via, 'PATCH', `/api/articles/${id}?draft=true`, { title: next.title, _status: 'draft' })
      break
    case 'unpublish':
      await write(step.via, 'PATCH', `/api/articles/${id}`, { _status: 'draft' })
      break
    case 'delete':
      await write(step.via, 'DELETE', `/api/articles/${id}`)
      break
  }
  // The README: a write empties every instance's cache before it answers.
  const seen = await call(other(step.via), 'GET', `/api/articles/${created.get(piece.n)!.id}`, undefined, false)
  const title = seen.status === 200 ? ((await seen.json()) as { title: string }).title : null
  if (title !== (next.live?.title ?? null))
    staleReads.push(
      `after ${step.op} of "${piece.title}" via ${step.via}, ${other(step.via)} showed ${JSON.stringify(title)} (${seen.status})`,
    )
  return next.live
}

async function runPiece(piece: Piece): Promise<void> {
  let live: Live = null
  for (const [index, step] of piece.steps.entries()) live = await runStep(piece, live, step, index)
  finalState.set(piece.n, live)
}

async function upload(n: number): Promise<void> {
  const [width, height] = [1000 + 40 * n, 700 + 20 * n]
  // The last two share a name and go through both instances at once, as two journalists' "photo.jpg" would.
  const name = n > UPLOADS - 2 ? 'photo.jpg' : `photo-${n}.jpg`
  const response = await call(
    n % 2 ? 'b' : 'a',
    'POST',
    '/api/media',
    uploadForm(await jpeg(width, height), name, 'image/jpeg', { alt: `Photo ${n}` }),
  )
  const text = await response.text()
  if (response.status !== 201) throw new Error(`upload ${n}: ${response.status} ${text}`)
  uploads.push({ doc: (JSON.parse(text) as { doc: Media }).doc, width, height })
}

const LIST = '/api/articles?limit=100&sort=-publishedAt&depth=0'
const GRAPHQL = JSON.stringify({
  query: '{ Articles(limit: 100, sort: "-publishedAt", select: true) { docs { id title slug } } }',
})

/** The anonymous reads a front-end makes: lists, details, the feed, RSS, resolve and GraphQL. */
function readPaths(): { method: 'GET' | 'POST'; path: string; body?: string }[] {
  const known = [...created.values()]
  const some = known[Math.floor(Math.random() * known.length)]
  return [
    { method: 'GET', path: LIST },
    { method: 'GET', path: '/api/feed' },
    { method: 'GET', path: '/api/media?limit=100&depth=0' },
    { method: 'GET', path: '/feeds/articles.xml' },
    { method: 'POST', path: '/api/graphql', body: GRAPHQL },
    ...(some
      ? [
          { method: 'GET' as const, path: `/api/articles/${some.id}` },
          { method: 'GET' as const, path: `/api/resolve?path=/articles/${some.slug}` },
        ]
      : []),
  ]
}

async function readUntil(done: () => boolean, n: number): Promise<void> {
  do {
    for (const { method, path: pathname, body } of readPaths()) {
      const via: Via = (reads += 1) % 2 ? 'a' : 'b'
      const response = await fetch(`${instances[via].url}${pathname}`, {
        method,
        body,
        headers: body ? { 'content-type': 'application/json' } : undefined,
      })
      await response.arrayBuffer()
      const expected = pathname.startsWith('/api/articles/') || pathname.startsWith('/api/resolve') ? [200, 404] : [200]
      if (!expected.includes(response.status))
        serverErrors.push(`reader ${n}: ${method} ${pathname} via ${via}: ${response.status}`)
    }
  } while (!done())
}

beforeAll(async () => {
  await Promise.all([site.start(), ayrshare.start()])
  bucket = await startS3rver()
  databaseUri = await createEmptyPostgresDatabase('scaleout')
  mediaDir = mkdtempSync(path.join(testRun().dir, 'scaleout-media-'))
  const env = {
    ...productionApiEnv(databaseUri, 'scale-out'),
    ...bucket.env,
    MEDIA_DIR: mediaDir,
    REDIS_URL,
    REDIS_PREFIX: `newsroom-test-${testRun().id}-${newId()}:`,
    // Sent by the worker alone, so that a double send cannot hide behind two senders racing.
    DELIVERY_WORKER: 'false',
    ALLOW_PRIVATE_DESTINATIONS: 'true',
    // Links in feeds and posts must not depend on which instance answered.
    SITE_URL: 'https://www.example.test',
    LOG_LEVEL: 'info',
    QUESTIONS_RATE_LIMIT: '3/10m',
  }
  // The first start migrates the empty database; a rolling deployment starts the next ones on it.
  const a = await spawnServer(env)
  const startWorker = async () => {
    const started = spawnScript('scripts/worker.ts', env)
    await started.waitForOutput(/delivery worker \S+ started/)
    return started
  }
  const [b, started] = await Promise.all([spawnServer(env), startWorker()])
  instances = { a, b }
  worker = started
  db = new pg.Client({ connectionString: databaseUri })
  await db.connect()

  const registered = await fetch(`${a.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  ;({ token } = (await registered.json()) as { token: string })
  socialTopic = (await write('a', 'POST', '/api/topics', { title: 'Vie des entreprises' })).id
  destinations = {
    site: (
      await write('a', 'POST', '/api/destinations', {
        name: 'Site',
        kind: 'webhook',
        url: `${site.url}/webhooks/site`,
        secret,
        collections: ['articles'],
      })
    ).id,
    ayrshare: (
      await write('b', 'POST', '/api/destinations', {
        name: 'Ayrshare',
        kind: 'ayrshare',
        url: ayrshare.url,
        secret: AYRSHARE_KEY,
        accounts: { x: 'default', linkedin: 'default' },
        collections: ['articles'],
        topics: [socialTopic],
      })
    ).id,
  }

  let writing = true
  const writes = Promise.all([
    ...pieces.map(runPiece),
    ...Array.from({ length: UPLOADS }, (_, n) => upload(n + 1)),
  ]).finally(() => (writing = false))
  await Promise.all([writes, ...Array.from({ length: READERS }, (_, n) => readUntil(() => !writing, n + 1))])
}, 240_000)

afterAll(async () => {
  for (const child of [instances?.a.child, instances?.b.child, worker?.child])
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  await Promise.all([instances?.a.exited, instances?.b.exited, worker?.exited])
  await db?.end()
  await Promise.all([site.close(), ayrshare.close(), bucket?.close()])
  if (databaseUri) await dropTestDatabase(databaseUri)
}, 60_000)

const siteEvents = pieces.flatMap((piece) => expectedEvents(piece).map((event) => ({ piece, event })))
const socialPosts = pieces.filter((piece) => piece.social).length * 2

const outboxPending = async () =>
  Number(
    (await db.query(`SELECT count(*) AS n FROM deliveries WHERE status IN ('queued', 'retrying', 'sending')`)).rows[0]
      .n,
  )

/**
 * Resolves once the receivers have everything they are owed. The worker announces nothing, so
 * when the outbox has drained without that, the database is what says so (and what is missing).
 */
let delivered: Promise<void> | undefined
/** Once everything owed has arrived, the worker is stopped: nothing sent later could go unnoticed. */
const allDeliveredThenStop = () =>
  (delivered ??= (async () => {
    await allDelivered()
    worker.child.kill('SIGTERM')
    const exit = await worker.exited
    if (exit.code !== 0) throw new Error(`the worker exited with ${JSON.stringify(exit)}:\n${worker.output()}`)
  })())

async function allDelivered(): Promise<void> {
  let settled = false
  const drained = (async () => {
    while (!settled && (await outboxPending()) > 0) await new Promise((resolve) => setTimeout(resolve, 100))
    if (!settled && (site.requests.length < siteEvents.length || ayrshare.requests.length < socialPosts)) {
      const { rows } = await db.query(
        `SELECT id, status, event, item_id, last_message FROM deliveries WHERE status <> 'delivered'`,
      )
      throw new Error(
        `the outbox drained with the site at ${site.requests.length}/${siteEvents.length} and Ayrshare at ${ayrshare.requests.length}/${socialPosts}; undelivered: ${JSON.stringify(rows)}`,
      )
    }
  })()
  const died = worker.exited.then((exit) => {
    throw new Error(`the worker exited (${JSON.stringify(exit)}):\n${worker.output()}`)
  })
  try {
    await Promise.race([Promise.all([site.waitFor(siteEvents.length), ayrshare.waitFor(socialPosts)]), drained, died])
  } finally {
    settled = true
  }
}

async function deliveriesTo(destination: number): Promise<Delivery[]> {
  const response = await call(
    'a',
    'GET',
    `/api/deliveries?pagination=false&depth=0&sort=id&where[destination][equals]=${destination}`,
  )
  return ((await response.json()) as { docs: Delivery[] }).docs
}

describe('two API instances and a worker on one PostgreSQL database, media on S3', () => {
  test('the mixed traffic got no server error and no stale read across instances', () => {
    expect(serverErrors).toEqual([])
    expect(staleReads).toEqual([])
    expect(reads).toBeGreaterThan(0)
  })

  test('every change reached the site exactly once, in order, and every delivery is recorded delivered', async () => {
    await allDeliveredThenStop()

    expect(site.requests.filter((request) => !request.verified)).toEqual([])
    const ids = site.requests.map((request) => request.webhookId)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toHaveLength(siteEvents.length)
    // Per piece, in the order received: a withdrawal never overtakes its publication.
    for (const piece of pieces) {
      const id = String(created.get(piece.n)!.id)
      const received = site.requests
        .map((request) => request.json as { id: string; event: DeliveryEvent; collection: string })
        .filter((body) => body.id === id)
      expect({ piece: piece.title, events: received.map((body) => body.event) }).toEqual({
        piece: piece.title,
        events: expectedEvents(piece),
      })
    }

    const records = await deliveriesTo(destinations.site)
    expect(records.map((delivery) => delivery.webhookId).sort()).toEqual([...ids].sort())
    expect(records.filter((delivery) => delivery.status !== 'delivered' || delivery.attempts?.length !== 1)).toEqual([])
  }, 120_000)

  test('each social post went out once per network, and edits were not posted again', async () => {
    await allDeliveredThenStop()
    expect(ayrshare.requests.map((request) => `${request.method} ${request.path}`)).toEqual(
      Array(socialPosts).fill('POST /api/post'),
    )
    const keys = ayrshare.requests.map((request) => (request.json as { idempotencyKey: string }).idempotencyKey)
    expect(new Set(keys).size).toBe(socialPosts)
    expect(ayrshare.posts.size).toBe(socialPosts)

    const records = await deliveriesTo(destinations.ayrshare)
    expect(records.map((delivery) => delivery.webhookId).sort()).toEqual([...keys].sort())
    expect(
      records.filter(
        (delivery) => delivery.status !== 'delivered' || delivery.event !== 'published' || !delivery.externalId,
      ),
    ).toEqual([])
    expect(records.map((delivery) => delivery.network).sort()).toEqual([
      ...Array(socialPosts / 2).fill('linkedin'),
      ...Array(socialPosts / 2).fill('x'),
    ])
  })

  test('both instances answer the same lists, details, feed and GraphQL, and it is what was last written', async () => {
    const answer = async (base: string, method: 'GET' | 'POST', pathname: string, body?: string) => {
      const response = await fetch(`${base}${pathname}`, {
        method,
        body,
        headers: body ? { 'content-type': 'application/json' } : undefined,
      })
      // The RSS feed links to itself at the address it was asked for.
      return {
        status: response.status,
        cache: response.headers.get('x-cache'),
        body: (await response.text()).replaceAll(base, '<origin>'),
      }
    }
    const paths: { method: 'GET' | 'POST'; path: string; body?: string }[] = [
      ...readPaths().slice(0, 5),
      ...[...created.values()].flatMap(({ id, slug }) => [
        { method: 'GET' as const, path: `/api/articles/${id}` },
        { method: 'GET' as const, path: `/api/resolve?path=/articles/${slug}` },
      ]),
    ]
    // Another host name is another cache key: its first answer is computed now, from the database.
    const fresh = instances.a.url.replace('127.0.0.1', 'localhost')
    for (const { method, path: pathname, body } of paths) {
      const [a, b, now, again] = [
        await answer(instances.a.url, method, pathname, body),
        await answer(instances.b.url, method, pathname, body),
        await answer(fresh, method, pathname, body),
        await answer(instances.b.url, method, pathname, body),
      ]
      // Only 200s are kept.
      if (now.status === 200)
        expect({ pathname, fresh: now.cache, again: again.cache }).toEqual({ pathname, fresh: 'MISS', again: 'HIT' })
      for (const [label, seen] of Object.entries({ a, b, again }))
        expect({ pathname, label, status: seen.status, body: seen.body }).toEqual({
          pathname,
          label,
          status: now.status,
          body: now.body,
        })
    }

    const listed = (
      (await (await fetch(`${instances.b.url}${LIST}`)).json()) as { docs: { id: number; title: string }[] }
    ).docs
    const expected = pieces
      .filter((piece) => finalState.get(piece.n))
      .map((piece) => ({ id: created.get(piece.n)!.id, title: finalState.get(piece.n)!.title }))
    const byId = (x: { id: number }, y: { id: number }) => x.id - y.id
    expect(listed.map(({ id, title }) => ({ id, title })).sort(byId)).toEqual(expected.sort(byId))
  }, 120_000)

  test('every upload is readable from both instances, original and sizes, from the bucket and nowhere else', async () => {
    expect(uploads).toHaveLength(UPLOADS)
    expect(new Set(uploads.map(({ doc }) => doc.filename)).size).toBe(UPLOADS)
    const keys = await bucket.keys()
    for (const { doc, width, height } of uploads) {
      // Each file is the picture that was sent, not another upload's written over it.
      expect(await sharp(await bucket.objectBytes(doc.filename!)).metadata()).toMatchObject({ width, height })
      // Sizes wider than the picture are not made (no enlarging): their filename is null.
      const files = [doc, ...Object.values(doc.sizes ?? {})]
        .filter(({ filename }) => filename)
        .map(({ filename, mimeType }) => ({ filename: filename!, mimeType: mimeType! }))
      expect(files.length).toBeGreaterThanOrEqual(4)
      for (const { filename, mimeType } of files) {
        expect(keys).toContain(filename)
        const stored = await bucket.objectBytes(filename)
        for (const via of ['a', 'b'] as const) {
          const response = await fetch(`${instances[via].url}/api/media/file/${encodeURIComponent(filename)}`)
          expect({ filename, via, status: response.status, type: response.headers.get('content-type') }).toEqual({
            filename,
            via,
            status: 200,
            type: mimeType,
          })
          expect(Buffer.from(await response.arrayBuffer()).equals(stored)).toBe(true)
        }
      }
    }
    expect(readdirSync(mediaDir)).toEqual([])
  })

  test('a public form is limited once for all instances: the counts are shared through Redis', async () => {
    const ask = (via: Via) =>
      fetch(`${instances[via].url}/api/questions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          text: `Quelles aides pour un commerce fermé ? ${newId()}`,
          sector: 'hospitality',
          territory: 'occitanie',
          audience: 'business-owners',
        }),
      })
    const statuses = []
    for (const via of ['a', 'b', 'a', 'b'] as const) statuses.push((await ask(via)).status)
    expect(statuses).toEqual([201, 201, 201, 429])
  })

  test('nothing is left pending, leased or half-run', async () => {
    await allDeliveredThenStop()
    const leftovers = await db.query(
      `SELECT id, status, lease_owner, lease_expires_at FROM deliveries WHERE status <> 'delivered' OR lease_owner IS NOT NULL OR lease_expires_at IS NOT NULL`,
    )
    expect(leftovers.rows).toEqual([])
    const jobs = await db.query(`SELECT id, task_slug, queue FROM payload_jobs WHERE processing OR has_error`)
    expect(jobs.rows).toEqual([])
  })
})
