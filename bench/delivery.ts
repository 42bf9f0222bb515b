/**
 * `npm run bench:delivery -- [--db sqlite|postgres|all] [--items 1000] [--publishers 4] [--rate 0] [--worker in-process|after|process] [--publish create|update] [--timeout 600]`
 *
 * The outbox under a burst of publications: a fresh database, the platform in this process (API
 * only, its own delivery worker sending), three loopback receivers (the site webhook, a generic
 * webhook, Buffer with an X channel only: exactly 3 deliveries per piece). `--items` articles are
 * published through REST as the demo editor, `--publishers` requests at a time (`--rate` caps the
 * publications per second; 0: as fast as they are answered). It waits on the receivers until all
 * arrived (or `--timeout` seconds), then for the worker to be idle, and reads the deliveries table.
 * `--worker after` starts the in-process worker once everything is published (how fast it drains
 * a queue); `--worker process` sends from a separate `scripts/worker.ts`, as `npm run worker` does.
 * `--publish update` saves each article as a draft first (not timed) and publishes it with a PATCH:
 * the path that takes the document's lock, which a create does not need.
 *
 * Latency is per piece and destination, up to the receiver's first accepted request, from the
 * delivery row's createdAt (written in the publication's transaction, just before its commit) and
 * from the 201 (after the commit). DELIVERY_* variables set by the caller pass through and are
 * written in the results. Platform, receivers and driver share this process and its CPU.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

import { figures, percentile, round, type Summary, table, timeline } from './deliveryReport'
import { freshDatabase, jsonPost, sleep, workerProcess } from './deliverySetup'
import { peakRss } from './processes'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name: string, fallback: string) =>
  process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback
const db = arg('db', 'sqlite') as 'sqlite' | 'postgres' | 'all'
const items = Number(arg('items', '1000'))
const publishers = Number(arg('publishers', '4'))
const rate = Number(arg('rate', '0'))
const timeoutMs = Number(arg('timeout', '600')) * 1000
const workerMode = arg('worker', 'in-process') as 'in-process' | 'after' | 'process'
const publishBy = arg('publish', 'create') as 'create' | 'update'
const variant = `${workerMode === 'in-process' ? '' : `-worker-${workerMode}`}${publishBy === 'create' ? '' : '-by-update'}`
const dataDir = path.join(root, 'bench/.data')
const outDir = path.join(root, 'bench/results')

// payload.config reads DATABASE_URI once per process: each database is its own run.
if (db === 'all') {
  for (const each of ['sqlite', 'postgres']) {
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        ...process.argv.slice(2).filter((a, i, all) => a !== '--db' && all[i - 1] !== '--db'),
        '--db',
        each,
      ],
      { stdio: 'inherit', env: process.env },
    )
    if (child.status !== 0) process.exit(child.status ?? 1)
  }
  const summaries = ['sqlite', 'postgres'].map(
    (each) => JSON.parse(readFileSync(path.join(outDir, `delivery-${each}${variant}-latest.json`), 'utf8')) as Summary,
  )
  console.log(`\n## both databases\n\n${table(summaries)}`)
  process.exit(0)
}

const SEED_PASSWORD = 'bench-password-2026'
Object.assign(process.env, {
  DATABASE_URI: await freshDatabase(db, dataDir),
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'bench-secret',
  SEED_PASSWORD,
  DATA_DIR: dataDir,
  MEDIA_DIR: path.join(dataDir, 'media'),
  LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  JOBS_AUTORUN: 'false',
  ALLOW_PRIVATE_DESTINATIONS: 'true',
})
const { startServer } = await import('../server')
const { migrateDatabase } = await import('../src/db/migrate')
const { seedAccounts } = await import('../src/seed')
const { deliverySettings } = await import('../src/distribution/settings')
const { startDeliveryWorker } = await import('../src/outbox/worker')
const { generateSecret } = await import('../src/distribution/standardWebhooks')
const { webhookReceiver } = await import('../tests/helpers/receivers/webhookReceiver')
const { bufferReceiver } = await import('../tests/helpers/receivers/bufferReceiver')

const running = await startServer({
  port: 0,
  next: false,
  deliveries: workerMode === 'in-process',
  beforeListen: migrateDatabase,
})
const { payload } = running
await seedAccounts(payload, () => {})

const secrets = { site: generateSecret(), hook: generateSecret(), buffer: 'buffer-bench-key' }
const site = webhookReceiver({ secrets: [secrets.site] })
const hook = webhookReceiver({ secrets: [secrets.hook] })
const buffer = bufferReceiver({ apiKey: secrets.buffer })
await Promise.all([site.start(), hook.start(), buffer.start()])
const destination = (data: Record<string, unknown>) =>
  payload.create({ collection: 'destinations', data: data as never, overrideAccess: true })
const ids = {
  site: (
    await destination({ name: 'Site', kind: 'site-webhook', url: `${site.url}/api/revalidate`, secret: secrets.site })
  ).id,
  webhook: (
    await destination({ name: 'Partenaire', kind: 'webhook', url: `${hook.url}/hooks/newsroom`, secret: secrets.hook })
  ).id,
  buffer: (
    await destination({
      name: 'Buffer',
      kind: 'buffer',
      url: buffer.url,
      secret: secrets.buffer,
      accounts: { x: 'channel-x' },
    })
  ).id,
}

const post = jsonPost(running.url)
const patch = jsonPost(running.url, 'PATCH')
const { token } = (await post('/api/users/login', { email: 'editor@newsroom.test', password: SEED_PASSWORD })).body as {
  token: string
}

type Published = { order: number; id: string; slug: string; startedAt: number; committedAt: number }
const published: Published[] = []
const publishErrors: string[] = []
let next = 0
let t0 = 0

async function publisher(): Promise<void> {
  for (let i = next++; i < items; i = next++) {
    if (rate > 0) await sleep(t0 + (i * 1000) / rate - Date.now())
    const title = `Bench delivery ${String(i).padStart(5, '0')}`
    const fields = {
      title,
      standfirst: `Mesure ${i} pour les entreprises.`,
      format: 'news',
      workflowStatus: 'approved',
    }
    try {
      const draft =
        publishBy === 'update'
          ? (
              (await post('/api/articles', { ...fields, _status: 'draft' }, token)).body as {
                doc?: { id: number | string }
              }
            ).doc
          : undefined
      if (publishBy === 'update' && !draft) throw new Error('the draft was not created')
      const startedAt = Date.now()
      const { status, body } = draft
        ? await patch(`/api/articles/${draft.id}`, { _status: 'published' }, token)
        : await post('/api/articles', { ...fields, _status: 'published' }, token)
      const doc = (body as { doc?: { id: number | string; slug: string } }).doc
      if ((status === 201 || status === 200) && doc)
        published.push({ order: i, id: String(doc.id), slug: doc.slug, startedAt, committedAt: Date.now() })
      else publishErrors.push(`${status} ${JSON.stringify(body).slice(0, 200)}`)
    } catch (error) {
      // The piece may have been published without our knowing: its deliveries then count as unexpected.
      publishErrors.push(`${title}: ${String(error)}`)
    }
  }
}

// Each receiver's accepted requests as (item, first receipt); the answer is 2xx exactly for these.
const bySlug = () => new Map(published.map((p) => [p.slug, p.id]))
const arrivals = {
  site: () =>
    site.requests
      .filter((r) => r.verified)
      .map((r) => ({ item: (r.json as { id: string }).id, at: r.receivedAt.getTime() })),
  webhook: () =>
    hook.requests
      .filter((r) => r.verified)
      .map((r) => ({ item: (r.json as { id: string }).id, at: r.receivedAt.getTime() })),
  buffer: () => {
    const slugs = bySlug()
    return buffer.requests
      .filter((r) => r.mutation === 'createPost' && r.headers.authorization === `Bearer ${secrets.buffer}`)
      .map((r) => ({
        item: slugs.get(/\/articles\/([a-z0-9-]+)/.exec(String(r.input?.text))?.[1] ?? '') ?? '?',
        at: r.receivedAt.getTime(),
      }))
  },
}
const receivers = { site, webhook: hook, buffer }
type Key = keyof typeof receivers

/** Event-driven: sleeps on the receiver until as many accepted requests as expected arrived, or the deadline. */
async function arrived(key: Key, expected: number, deadline: number): Promise<boolean> {
  for (let have = arrivals[key]().length; have < expected; have = arrivals[key]().length) {
    const receiver = receivers[key] as { requests: unknown[]; waitFor: (n: number) => Promise<unknown> }
    let timer: NodeJS.Timeout | undefined
    const more = await Promise.race([
      receiver.waitFor(receiver.requests.length + expected - have).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now())))),
    ])
    clearTimeout(timer)
    if (!more) return false
  }
  return true
}

const separate = workerMode === 'process' ? await workerProcess(root, payload) : null
const loadBefore = loadavg()[0]
console.log(
  `# ${db}: publishing ${items} articles through REST, ${publishers} at a time${rate ? `, ${rate}/s` : ''}; 3 destinations; worker ${workerMode}`,
)
// Everything shares one event loop: how busy it was says whether the process itself is the limit.
const loopDelay = monitorEventLoopDelay({ resolution: 10 })
loopDelay.enable()
const cpuBefore = process.cpuUsage()
const { result: drained, peakMb } = await peakRss(process.pid, async () => {
  t0 = Date.now()
  await Promise.all(Array.from({ length: publishers }, publisher))
  const lastCommit = Date.now()
  const worker = running.worker ?? separate ?? startDeliveryWorker(payload, deliverySettings())
  const deadline = t0 + timeoutMs
  const complete = (
    await Promise.all((Object.keys(receivers) as Key[]).map((key) => arrived(key, published.length, deadline)))
  ).every(Boolean)
  await worker.idle()
  return { lastCommit, workerFrom: workerMode === 'after' ? lastCommit : t0, complete, worker }
})
loopDelay.disable()
const cpu = process.cpuUsage(cpuBefore)
const measuredMs = Date.now() - t0

const { docs: rows } = await payload.find({
  collection: 'deliveries',
  pagination: false,
  depth: 0,
  overrideAccess: true,
  select: { destination: true, itemId: true, status: true, attempts: true, createdAt: true, updatedAt: true },
})

const destinationKey = new Map<string, Key>([
  [String(ids.site), 'site'],
  [String(ids.webhook), 'webhook'],
  [String(ids.buffer), 'buffer'],
])
const f = figures(
  published,
  Object.fromEntries((Object.keys(receivers) as Key[]).map((key) => [key, arrivals[key]()])),
  rows.map((row) => ({
    ...row,
    destination: destinationKey.get(
      String(typeof row.destination === 'object' ? row.destination?.id : row.destination),
    )!,
    attempts: row.attempts ?? [],
  })),
)

const seconds = (ms: number) => Math.round(ms) / 1000
const publishSeconds = (drained.lastCommit - t0) / 1000
const settings = deliverySettings()
const summary: Summary = {
  db,
  items,
  publishers,
  rate,
  worker: workerMode,
  publish: publishBy,
  settings: {
    concurrency: settings.concurrency,
    pollMs: settings.pollMs,
    leaseMs: settings.leaseMs,
    timeoutMs: settings.timeoutMs,
    env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('DELIVERY_'))),
  },
  result: {
    published: published.length,
    publishErrors: publishErrors.length,
    expectedDeliveries: published.length * 3,
    rows: rows.length,
    publishesPerSec: round(published.length / publishSeconds),
    deliveriesQueuedPerSec: round(rows.length / publishSeconds),
    publishP50Ms: percentile(
      published.map((p) => p.committedAt - p.startedAt),
      50,
    ),
    publishP95Ms: percentile(
      published.map((p) => p.committedAt - p.startedAt),
      95,
    ),
    drainSeconds: seconds(f.lastReceived - t0),
    afterLastPublishSeconds: seconds(f.lastReceived - drained.lastCommit),
    deliveredPerSec: round(f.received / ((f.lastReceived - drained.workerFrom) / 1000)),
    p50Ms: percentile(f.fromQueued, 50),
    p95Ms: percentile(f.fromQueued, 95),
    p99Ms: percentile(f.fromQueued, 99),
    maxMs: percentile(f.fromQueued, 100),
    fromResponseP50Ms: percentile(f.fromResponse, 50),
    fromResponseP95Ms: percentile(f.fromResponse, 95),
    fromResponseP99Ms: percentile(f.fromResponse, 99),
    fromResponseMaxMs: percentile(f.fromResponse, 100),
    lost: f.lost,
    receiverDuplicates: f.receiverDuplicates,
    rowsDeliveredTwice: f.rowsDeliveredTwice,
    duplicateRows: f.duplicateRows,
    failed: f.statuses.failed ?? 0,
    retrying: f.statuses.retrying ?? 0,
    delivered: f.statuses.delivered ?? 0,
    notDone: rows.length - (f.statuses.delivered ?? 0),
    pickupP50Ms: percentile(f.pickup, 50),
    pickupP95Ms: percentile(f.pickup, 95),
    sendP50Ms: percentile(f.send, 50),
    sendP95Ms: percentile(f.send, 95),
    recordP50Ms: percentile(f.record, 50),
    recordP95Ms: percentile(f.record, 95),
    peakRssMb: peakMb,
    workerProcessPeakRssMb: separate?.peakMb() ?? null,
    heapUsedMbAtEnd: Math.round(process.memoryUsage().heapUsed / 1048576),
    processCpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / measuredMs) * 100),
    eventLoopDelayP99Ms: round(loopDelay.percentile(99) / 1e6),
    eventLoopDelayMaxMs: round(loopDelay.max / 1e6),
    timedOut: drained.complete ? 'no' : 'YES',
  },
  timeline: timeline(f.byOrder, items),
}

console.log(
  `\n## ${db}, ${items} articles × 3 destinations, ${publishers} publishers, worker ${workerMode}, concurrency ${settings.concurrency}, poll ${settings.pollMs} ms (load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}, ${cpus().length} CPUs)\n`,
)
console.log(table([summary]))
if (publishErrors.length) console.log(`publish errors (first 3):\n  ${publishErrors.slice(0, 3).join('\n  ')}`)
mkdirSync(outDir, { recursive: true })
const date = new Date().toISOString()
const json = `${JSON.stringify({ meta: { date, node: process.version, cpus: cpus().length, loadAverage: { before: loadBefore, after: loadavg()[0] }, via: 'REST as editor@newsroom.test', destinations: ['site-webhook', 'webhook', 'buffer (accounts.x only)'] }, ...summary }, null, 2)}\n`
const stem = `delivery-${db}${variant}-${date.slice(0, 19).replace(/[:T]/g, '-')}`
writeFileSync(path.join(outDir, `${stem}.json`), json)
writeFileSync(path.join(outDir, `delivery-${db}${variant}-latest.json`), json)
console.log(`\nwritten: bench/results/${stem}.json and delivery-${db}${variant}-latest.json`)

if (!running.worker) await drained.worker.stop()
await running.close()
await Promise.all([site.close(), hook.close(), buffer.close()])
process.exit(0)
