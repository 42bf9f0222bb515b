/**
 * `npm run bench -- --businesses [--db sqlite|postgres] [--size 50000] [--duration 5] [--connections 10] [--port 3321]`
 * (`BENCH_POSTGRES_DB` names the PostgreSQL database, default `newsroom_bench_businesses_<size>`)
 *
 * The open-businesses map under load: `GET /api/businesses/geojson` for the whole country
 * (clusters), for regions (about 1.4° wide: points) and for towns, on the production server with
 * the response cache off (cold: every request computes its answer) and on (warm). Also: the time
 * of the first answer of each server (what a fresh instance pays once), and the server's CPU time
 * per request, steadier than latencies on a shared machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { spawn } from 'node:child_process'

import { load, type LoadCase } from './load'
import { cpuMs, peakRss, start, type Running } from './processes'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name: string, fallback: string) =>
  process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback
const db = arg('db', 'sqlite') as 'sqlite' | 'postgres'
const size = Number(arg('size', '50000'))
const duration = Number(arg('duration', '5'))
const connections = Number(arg('connections', '10'))
const dataDir = path.join(root, 'bench/.data')
mkdirSync(dataDir, { recursive: true })

async function databaseUri(): Promise<string> {
  if (db === 'sqlite') return `file:${path.join(dataDir, `bench-businesses-${size}.db`)}`
  const admin = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = process.env.BENCH_POSTGRES_DB || `newsroom_bench_businesses_${size}`
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  if (!(await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount)
    await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const url = new URL(admin)
  url.pathname = `/${name}`
  return url.toString()
}

const run = (args: string[], env: Record<string, string>) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' })
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))))
  })

const bbox = (west: number, south: number, width: number, height: number) =>
  `/api/businesses/geojson?bbox=${west},${south},${(west + width).toFixed(2)},${(south + height).toFixed(2)}`
// Towns and regions over the country, so that a warm cache holds several answers, as for real readers.
const TOWNS: [number, number][] = [
  [2.35, 48.85],
  [4.83, 45.76],
  [5.37, 43.3],
  [-1.68, 48.11],
  [-0.58, 44.84],
  [3.06, 50.63],
  [1.44, 43.6],
  [7.75, 48.58],
  [-4.49, 48.39],
  [-1.55, 47.22],
]
const CASES: LoadCase[] = [
  { name: 'france', paths: ['/api/businesses/geojson'] },
  { name: 'region', paths: TOWNS.map(([lng, lat]) => bbox(lng - 0.7, lat - 0.45, 1.4, 0.9)) },
  { name: 'town', paths: TOWNS.map(([lng, lat]) => bbox(lng - 0.1, lat - 0.07, 0.2, 0.14)) },
]

const uri = await databaseUri()
const env = {
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'bench-secret',
  DATABASE_URI: uri,
  DATA_DIR: dataDir,
  MEDIA_DIR: path.join(dataDir, 'media'),
  LOG_LEVEL: 'warn',
  JOBS_AUTORUN: 'false',
  SERVE_ADMIN: 'false',
  RATE_LIMIT_API_PER_MINUTE: '0',
}
console.log(`# ${db}, ${size} businesses: seeding if needed`)
await run(['--import', 'tsx', 'bench/businessesSeed.ts', '--size', String(size)], env)

type Row = {
  case: string
  mode: 'cold' | 'warm'
  reqPerSec: number
  p50: number
  p95: number
  p99: number
  cpuMsPerRequest: number
  peakRssMb: number
  features: number
  non2xx: number
}
const rows: Row[] = []
const loadBefore = loadavg()[0]
// Ports of their own per database, so that both runs may go side by side.
const port = Number(arg('port', db === 'sqlite' ? '3321' : '3323'))
const cold = await start('server.ts', { ...env, HTTP_CACHE: 'off' }, port)
const warm = await start('server.ts', { ...env, HTTP_CACHE: 'on' }, port + 1)
// The first answer of a fresh server, one at a time (what the first visitor after a start waits).
const firstAnswerMs: Record<string, number> = {}
for (const [mode, server] of [
  ['cold', cold],
  ['warm', warm],
] as const) {
  const started = performance.now()
  await fetch(`${server.url}${CASES[0].paths[0]}`, { signal: AbortSignal.timeout(120_000) }).then((r) =>
    r.arrayBuffer(),
  )
  firstAnswerMs[mode] = Math.round(performance.now() - started)
}
async function measure(server: Running, mode: Row['mode'], spec: LoadCase) {
  // A server still busy with the previous case may not answer in time: the figures then say so.
  const sample = (await fetch(`${server.url}${spec.paths[0]}`, { signal: AbortSignal.timeout(60_000) }).then(
    (r) => r.json(),
    () => ({ features: [] }),
  )) as { features: unknown[] }
  await load(server.url, spec, 1, connections)
  const cpuBefore = cpuMs(server.child.pid!)
  const { result, peakMb } = await peakRss(server.child.pid!, () => load(server.url, spec, duration, connections))
  const cpuMsPerRequest =
    Math.round(((cpuMs(server.child.pid!) - cpuBefore) / Math.max(1, result.requests)) * 100) / 100
  rows.push({
    case: spec.name,
    mode,
    reqPerSec: result.reqPerSec,
    p50: result.p50,
    p95: result.p95,
    p99: result.p99,
    cpuMsPerRequest,
    peakRssMb: peakMb,
    features: sample.features.length,
    non2xx: result.non2xx,
  })
  console.log(
    `  ${spec.name.padEnd(7)} ${mode.padEnd(5)} ${String(result.reqPerSec).padStart(6)} req/s  p95 ${result.p95} ms  CPU ${cpuMsPerRequest} ms/req`,
  )
}
try {
  for (const spec of CASES) {
    await measure(cold, 'cold', spec)
    await measure(warm, 'warm', spec)
  }
} finally {
  await Promise.all([cold.stop(), warm.stop()])
}
const TARGET = { cold: 150, warm: 50 }
console.log(
  `\n## ${db}, ${size} businesses, ${duration} s per case, ${connections} connections (load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)})\n`,
)
console.log(`First answer of a fresh server (France): cold ${firstAnswerMs.cold} ms, warm ${firstAnswerMs.warm} ms\n`)
console.log('| case | mode | features | req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | peak RSS MB | p95 target |')
console.log('|---|---|--:|--:|--:|--:|--:|--:|--:|---|')
for (const r of rows)
  console.log(
    `| ${r.case} | ${r.mode} | ${r.features} | ${r.reqPerSec} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.cpuMsPerRequest} | ${r.peakRssMb} | ${r.reqPerSec > 0 && r.p95 <= TARGET[r.mode] ? 'ok' : 'MISSED'} (≤ ${TARGET[r.mode]}) |`,
  )
const date = new Date().toISOString()
const outDir = path.join(root, 'bench/results')
mkdirSync(outDir, { recursive: true })
const file = `${date.slice(0, 16).replace(/[:T]/g, '-')}-businesses-${db}-${size}.json`
writeFileSync(
  path.join(outDir, file),
  `${JSON.stringify({ meta: { date, db, size, duration, connections, node: process.version, firstAnswerMs }, results: rows }, null, 2)}\n`,
)
console.log(`\nwritten: bench/results/${file}`)
process.exit(0)
