/**
 * `npm run bench:publish -- [--db sqlite] [--size 10000] [--duration 60] [--readers 20] [--every 10]`
 *
 * The newsroom in a crisis: an editor publishes a piece every `--every` seconds while `--readers`
 * anonymous readers keep reading the front pages, details, the feed, the map and the FAQ. Reports
 * the share of reads answered from the response cache (`X-Cache: HIT`) and the server's peak RSS.
 * Uses the database `npm run bench` seeded (run it once first).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { detailPaths } from './cases'
import { peakRss, start } from './processes'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name: string, fallback: string) =>
  process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback
const db = arg('db', 'sqlite')
const size = Number(arg('size', '10000'))
const duration = Number(arg('duration', '60'))
const readers = Number(arg('readers', '20'))
const every = Number(arg('every', '10'))
const dataDir = path.join(root, 'bench/.data')
const uri =
  db === 'sqlite'
    ? `file:${path.join(dataDir, `bench-${size}.db`)}`
    : (() => {
        const url = new URL(process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres')
        url.pathname = `/newsroom_bench_${size}`
        return url.toString()
      })()
const env = {
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'bench-secret',
  SEED_PASSWORD: 'bench-password-2026',
  DATABASE_URI: uri,
  DATA_DIR: dataDir,
  MEDIA_DIR: path.join(dataDir, 'media'),
  LOG_LEVEL: 'warn',
  JOBS_AUTORUN: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
  RATE_LIMIT_API_PER_MINUTE: '0',
  RATE_LIMIT_LOGIN_PER_MINUTE: '0',
  RATE_LIMIT_POST_PER_MINUTE: '0',
  SERVE_ADMIN: 'false',
  HTTP_CACHE: 'on',
}

const paths = [
  '/api/articles?limit=20&depth=1&sort=-publishedAt',
  '/api/articles?limit=20&depth=1&sort=-publishedAt&page=2',
  '/api/feed?limit=20',
  '/api/chambers/geojson',
  '/api/faqs?limit=20',
  '/api/events?limit=20',
  ...detailPaths(size, 100),
]

const server = await start(process.argv.includes('--tsx') ? 'server.ts' : 'dist/server.js', env, 3320)
const counts: Record<string, number> = {}
let publications = 0
let stopping = false
try {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@newsroom.test', password: env.SEED_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const publisher = (async () => {
    while (!stopping) {
      await new Promise((resolve) => setTimeout(resolve, every * 1000))
      if (stopping) break
      const response = await fetch(`${server.url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({
          title: `Alerte ${Date.now()}`,
          format: 'news',
          workflowStatus: 'approved',
          _status: 'published',
        }),
      })
      await response.arrayBuffer()
      if (response.status === 201) publications++
    }
  })()
  const reader = async (k: number) => {
    for (let i = k; !stopping; i += readers) {
      const response = await fetch(`${server.url}${paths[i % paths.length]}`)
      await response.arrayBuffer()
      const outcome = response.status === 200 ? (response.headers.get('x-cache') ?? 'none') : String(response.status)
      counts[outcome] = (counts[outcome] ?? 0) + 1
    }
  }
  const { peakMb } = await peakRss(server.child.pid!, async () => {
    const all = Array.from({ length: readers }, (_, k) => reader(k))
    await new Promise((resolve) => setTimeout(resolve, duration * 1000))
    stopping = true
    await Promise.all([...all, publisher])
  })
  const reads = Object.values(counts).reduce((a, b) => a + b, 0)
  const hitRatio = Math.round(((counts.HIT ?? 0) / reads) * 1000) / 10
  const result = {
    date: new Date().toISOString(),
    db,
    size,
    duration,
    readers,
    every,
    publications,
    reads,
    counts,
    hitRatio,
    peakRssMb: peakMb,
  }
  console.log(
    `${db}: ${publications} publications, ${reads} reads (${Math.round(reads / duration)}/s), ${hitRatio} % cache hits ${JSON.stringify(counts)}, peak RSS ${peakMb} MB`,
  )
  mkdirSync(path.join(root, 'bench/results'), { recursive: true })
  writeFileSync(
    path.join(root, `bench/results/publish-workload-${db}-${result.date.slice(0, 16).replace(/[:T]/g, '-')}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  )
} finally {
  stopping = true
  await server.stop()
}
process.exit(0)
