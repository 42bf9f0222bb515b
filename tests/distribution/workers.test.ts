import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'

import type { Delivery } from '../../src/payload-types'
import { startTestApp, type TestApp } from '../helpers/app'
import { DISTRIBUTION_ENV, newSecret } from '../helpers/distribution'
import { type Exit, spawnScript } from '../helpers/process'
import { webhookReceiver, type WebhookReceiver } from '../helpers/receivers/webhookReceiver'
import { testDbKind } from '../helpers/testDatabase'
import { PUBLISH } from '../helpers/users'

/*
 * Delivery workers as production runs them: `npm run worker` processes beside an app that sends
 * nothing itself (DELIVERY_WORKER=false), all on one database, talking to receivers over HTTP.
 * Each test points its own destination at its own receiver and switches it off when done, so the
 * pieces of one test are never sent to another's receiver.
 */

let app: TestApp
const secret = newSecret()
const workers: WorkerProcess[] = []
const closers: (() => Promise<void>)[] = []
const destinations: (number | string)[] = []

// Workers inherit this from the app's environment: a short lease, so that a killed worker's
// delivery is taken over within seconds (while the next worker boots), yet long enough that a live
// worker on a busy machine renews it in time; a long send timeout, so that a held request stays in flight.
const ENV = { ...DISTRIBUTION_ENV, DELIVERY_WORKER: 'false', DELIVERY_LEASE_MS: '5000', DELIVERY_TIMEOUT_MS: '30000' }

beforeAll(async () => {
  app = await startTestApp('workers', { env: ENV })
}, 60_000)
afterEach(async () => {
  for (const id of destinations.splice(0))
    await app.payload.update({ collection: 'destinations', id, data: { enabled: false }, overrideAccess: true })
})
afterAll(async () => {
  for (const worker of workers)
    if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL')
  await Promise.all(workers.map((worker) => worker.exited))
  for (const close of closers) await close()
  await app?.close()
})

type WorkerProcess = {
  child: ChildProcessWithoutNullStreams
  /** The lease owner it writes on the deliveries it claims. */
  owner: string
  output: () => string
  waitForOutput: (pattern: RegExp) => Promise<void>
  exited: Promise<Exit>
}

/** `npm run worker` as its own process on the test database; resolves once its loop has started. */
async function spawnWorker(env: Record<string, string> = {}): Promise<WorkerProcess> {
  const { child, output, waitForOutput, exited } = spawnScript('scripts/worker.ts', { LOG_LEVEL: 'info', ...env })
  const worker = { child, owner: '', output, waitForOutput, exited }
  workers.push(worker)
  const started = /delivery worker (\S+) started/
  await waitForOutput(started)
  worker.owner = started.exec(output())![1]
  return worker
}

/** SIGTERM, then the exit: once it has exited, everything the worker sent is recorded. */
async function stopWorker(worker: WorkerProcess): Promise<Exit> {
  worker.child.kill('SIGTERM')
  return worker.exited
}

async function destinationTo(url: string): Promise<void> {
  const destination = await app.payload.create({
    collection: 'destinations',
    data: { name: `Site ${url}`, kind: 'site-webhook', url, secret, collections: ['articles'] },
    overrideAccess: true,
  })
  destinations.push(destination.id)
}

/** A site receiving webhooks through `destinations` destinations (each piece then owes it one delivery per destination). */
async function webhookSite(destinations = 1): Promise<WebhookReceiver> {
  const site = webhookReceiver({ secrets: [secret] })
  await site.start()
  closers.push(site.close)
  for (let n = 1; n <= destinations; n++) await destinationTo(`${site.url}/api/revalidate/${n}`)
  return site
}

const publish = (title: string) =>
  app.payload.create({ collection: 'articles', data: { title, format: 'news', ...PUBLISH }, overrideAccess: true })

async function deliveryWith(webhookId: string | null): Promise<Delivery> {
  const { docs } = await app.payload.find({
    collection: 'deliveries',
    where: { webhookId: { equals: webhookId } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  expect(docs).toHaveLength(1)
  return docs[0]
}

const unfinished = async () =>
  (
    await app.payload.count({
      collection: 'deliveries',
      where: { status: { in: ['queued', 'retrying', 'sending'] } },
      overrideAccess: true,
    })
  ).totalDocs

/**
 * A site that holds each request until the test answers it: a slow receiver whose slowness is
 * decided by the test, not by a timer.
 */
async function heldSite() {
  const requests: { webhookId: string; answer: (status: number) => void }[] = []
  let first!: (request: (typeof requests)[number]) => void
  const firstRequest = new Promise<(typeof requests)[number]>((resolve) => (first = resolve))
  const server = createServer((req, res) => {
    req.resume().on('end', () => {
      requests.push({
        webhookId: String(req.headers['webhook-id']),
        answer: (status) => void res.writeHead(status).end(),
      })
      first(requests[0])
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  await destinationTo(`${url}/api/revalidate`)
  return { requests, firstRequest }
}

describe('a delivery worker', () => {
  it('killed mid-send (SIGKILL) loses its lease: another worker takes the delivery over and sends the same webhook-id', async () => {
    const site = await webhookSite()
    site.script({ status: 200, hang: true })
    const doomed = await spawnWorker()
    await publish('Repris après la mort du worker')
    const [lost] = await site.waitFor(1)

    doomed.child.kill('SIGKILL')
    expect(await doomed.exited).toEqual({ code: null, signal: 'SIGKILL' })
    // Nobody is left to say so: the row still shows the dead worker's lease.
    expect(await deliveryWith(lost.webhookId)).toMatchObject({ status: 'sending', leaseOwner: doomed.owner })

    const heir = await spawnWorker()
    const [, retried] = await site.waitFor(2)
    expect(retried.webhookId).toBe(lost.webhookId)
    expect(retried.verified).toBe(true)
    expect(await stopWorker(heir)).toEqual({ code: 0, signal: null })

    const delivery = await deliveryWith(lost.webhookId)
    expect(delivery).toMatchObject({ status: 'delivered', leaseOwner: null, leaseExpiresAt: null })
    // The killed worker's attempt died with it: only the heir's is on record.
    expect(delivery.attempts).toHaveLength(1)
    expect(delivery.attempts?.[0]).toMatchObject({ statusCode: 200, outcome: 'delivered' })
    expect(site.requests).toHaveLength(2)
    expect(await unfinished()).toBe(0)
  }, 90_000)

  it('stopped (SIGTERM) with a delivery in flight finishes and records it, then exits 0', async () => {
    const site = await heldSite()
    const worker = await spawnWorker()
    await publish('Envoyé pendant l’arrêt')
    const request = await site.firstRequest

    worker.child.kill('SIGTERM')
    await worker.waitForOutput(/SIGTERM: finishing in-flight deliveries/)
    expect(worker.child.exitCode).toBeNull()
    request.answer(200)
    expect(await worker.exited).toEqual({ code: 0, signal: null })

    const delivery = await deliveryWith(request.webhookId)
    expect(delivery).toMatchObject({ status: 'delivered', leaseOwner: null })
    expect(delivery.attempts).toHaveLength(1)
    expect(delivery.attempts?.[0]).toMatchObject({ statusCode: 200, outcome: 'delivered' })
    expect(site.requests).toHaveLength(1)
    expect(await unfinished()).toBe(0)
  }, 60_000)
})

// Claims on SQLite are serialised by its single writer: two workers there prove nothing more than one.
const onPostgres = testDbKind() === 'postgres'

// Chosen up front so that a SQLite run reports these as skipped, with the reason, instead of leaving them out.
const onPostgresOnly = onPostgres ? describe : describe.skip
onPostgresOnly('two worker processes on one PostgreSQL database (skipped on SQLite: a single writer)', () => {
  const PIECES = 50
  const COUNT = PIECES * 10

  it(`drain ${COUNT} deliveries between them, each claimed, sent and recorded exactly once`, async () => {
    // The first write of a fresh database creates the cache generation's row; concurrent first
    // writes collide on it (see the report), so one piece goes first, before any destination exists.
    await publish('Avant les destinations')
    // 50 pieces × 10 destinations: 500 deliveries for a tenth of the publishing time.
    const site = await webhookSite(10)
    for (let n = 0; n < PIECES; n += 5) {
      await Promise.all(Array.from({ length: 5 }, (_, i) => publish(`Dépêche ${n + i + 1}`)))
    }

    const db = new pg.Client({ connectionString: app.databaseUri })
    await db.connect()
    closers.push(() => db.end())
    // Every claim, written down by the database itself: the lease owner is cleared once the attempt is recorded.
    await db.query(`
      CREATE TABLE test_claims (delivery_id integer NOT NULL, owner text NOT NULL);
      CREATE FUNCTION test_log_claim() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO test_claims VALUES (NEW.id, NEW.lease_owner); RETURN NULL; END $$;
      CREATE TRIGGER test_log_claim AFTER UPDATE OF lease_owner ON deliveries FOR EACH ROW
        WHEN (NEW.lease_owner IS NOT NULL AND NEW.lease_owner IS DISTINCT FROM OLD.lease_owner) EXECUTE FUNCTION test_log_claim();`)

    // Neither may claim before both can, or the first one up could drain the lot alone. The lock
    // lets them read (find what is due) but holds their claims until it is released.
    const gate = new pg.Client({ connectionString: app.databaseUri })
    await gate.connect()
    closers.push(() => gate.end())
    await gate.query('BEGIN; LOCK TABLE deliveries IN EXCLUSIVE MODE')
    // A long lease: exactly once holds while no worker is presumed dead.
    const pair = await Promise.all([
      spawnWorker({ DELIVERY_LEASE_MS: '30000' }),
      spawnWorker({ DELIVERY_LEASE_MS: '30000' }),
    ])
    // A wait on a lock announces nothing: the database is asked until both claims are waiting.
    const waitingClaims = async () =>
      Number(
        (
          await db.query(
            `SELECT count(DISTINCT pid) AS n FROM pg_locks WHERE relation = 'deliveries'::regclass AND NOT granted`,
          )
        ).rows[0].n,
      )
    while ((await waitingClaims()) < 2) {
      if (pair.some((worker) => worker.child.exitCode !== null))
        throw new Error(`a worker exited:\n${pair.map((worker) => worker.output()).join('\n')}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await gate.query('COMMIT')

    await site.waitFor(COUNT)
    for (const worker of pair) expect(await stopWorker(worker)).toEqual({ code: 0, signal: null })

    const ids = site.requests.map((request) => request.webhookId)
    expect(site.requests.every((request) => request.verified)).toBe(true)
    expect(ids).toHaveLength(COUNT)
    expect(new Set(ids).size).toBe(COUNT)

    const { docs } = await app.payload.find({
      collection: 'deliveries',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      where: { webhookId: { in: ids } },
    })
    expect(docs).toHaveLength(COUNT)
    expect(docs.filter((delivery) => delivery.status !== 'delivered')).toEqual([])
    expect(docs.filter((delivery) => delivery.attempts?.length !== 1)).toEqual([])
    expect(await unfinished()).toBe(0)

    const claims = (
      await db.query<{ delivery_id: number; owner: string }>('SELECT delivery_id, owner FROM test_claims')
    ).rows
    expect(claims).toHaveLength(COUNT)
    expect(new Set(claims.map((claim) => claim.delivery_id)).size).toBe(COUNT)
    const perWorker = pair.map((worker) => claims.filter((claim) => claim.owner === worker.owner).length)
    expect(Math.min(...perWorker)).toBeGreaterThan(0)
    expect(perWorker[0] + perWorker[1]).toBe(COUNT)
  }, 150_000)
})
