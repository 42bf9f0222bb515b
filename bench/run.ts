/**
 * `npm run bench -- [--db sqlite|postgres] [--size 10000] [--duration 10] [--connections 20]
 *   [--cases list,detail] [--fail-below 0.4] [--fail-above-mb 400]`
 * (`--businesses`: the open-businesses map instead, see bench/businesses.ts)
 *
 * Seeds (once per database and size), builds the admin if `.next` is missing and the server as
 * `npm start` runs it (compiled), then loads the production server with autocannon, cold (response cache off) and warm (on, plus If-None-Match
 * revalidation), beside a raw baseline answering the same requests with the same JSON.
 */
import { spawn } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

import { loadCases } from './cases'
import { jsonDiff } from './diff'
import { load, type LoadCase } from './load'
import { startFlags } from '../scripts/startFlags'
import { cpuMs, peakRss, start, type Running } from './processes'
import { svgChart, table, withRatios, type Mode, type Row } from './report'

// The open-businesses map has its own case (50,000 listings, bbox GeoJSON): `npm run bench -- --businesses`.
if (process.argv.includes('--businesses')) await import('./businesses')

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name: string, fallback: string) =>
  process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback
const db = arg('db', 'sqlite') as 'sqlite' | 'postgres'
const size = Number(arg('size', '10000'))
const duration = Number(arg('duration', size > 50_000 ? '5' : '10'))
const warmup = Number(arg('warmup', '2'))
const connections = Number(arg('connections', '20'))
const only = arg('cases', '').split(',').filter(Boolean)
// The smoke benchmark measures only what it judges: `--modes baseline,cold`.
const modes = arg('modes', 'baseline,cold,warm,revalidate').split(',') as Mode[]
// The smoke benchmark in CI: exit non-zero when a cold case answers below this share of the baseline.
const failBelow = Number(arg('fail-below', '0'))
// …and when the newsroom server's peak resident memory goes past this many MB (0: not judged).
const failAboveMb = Number(arg('fail-above-mb', '0'))
const dataDir = path.join(root, 'bench/.data')
mkdirSync(dataDir, { recursive: true })

async function databaseUri(): Promise<string> {
  if (db === 'sqlite') return `file:${path.join(dataDir, `bench-${size}.db`)}`
  const admin = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = `newsroom_bench_${size}`
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
  if (!rowCount) await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const url = new URL(admin)
  url.pathname = `/${name}`
  return url.toString()
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' })
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))))
  })
}

const uri = await databaseUri()
const appEnv = {
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
}
console.log(`# ${db}, ${size} articles: seeding if needed`)
await run(process.execPath, ['--import', 'tsx', 'bench/seed.ts', '--size', String(size)], appEnv)
if (!existsSync(path.join(root, '.next/BUILD_ID'))) {
  console.log('# building the admin (next build)')
  // Built as `npm run build` builds it (Turbopack): the admin's bundle is part of the server's
  // memory, and webpack's is smaller. Turbopack refuses a node_modules that links outside the project
  // (a shared install, as in a worktree): there only, webpack, and the memory figures understate.
  // Next reformats tsconfig.json when it builds; the committed file is put back.
  const sharedInstall = lstatSync(path.join(root, 'node_modules')).isSymbolicLink()
  const tsconfig = readFileSync(path.join(root, 'tsconfig.json'))
  try {
    await run(process.execPath, ['node_modules/next/dist/bin/next', 'build', ...(sharedInstall ? ['--webpack'] : [])], {
      ...appEnv,
      NODE_OPTIONS: '--no-deprecation',
    })
  } finally {
    writeFileSync(path.join(root, 'tsconfig.json'), tsconfig)
  }
}

await run('npm', ['run', '--silent', 'build:server'], {})

const cases = loadCases(size).filter((c) => !only.length || only.includes(c.name))
const rows: Row[] = []
const loadBefore = loadavg()[0]
const MODE_ORDER: Mode[] = ['baseline', 'cold', 'warm', 'revalidate']

async function measure(server: Running, mode: Mode, spec: LoadCase): Promise<void> {
  await load(server.url, spec, warmup, connections)
  const cpuBefore = cpuMs(server.child.pid!)
  const { result, peakMb } = await peakRss(server.child.pid!, () => load(server.url, spec, duration, connections))
  const cpuPerRequest = Math.round(((cpuMs(server.child.pid!) - cpuBefore) / Math.max(1, result.requests)) * 100) / 100
  const row: Row = {
    case: spec.name,
    mode,
    reqPerSec: result.reqPerSec,
    p50: result.p50,
    p95: result.p95,
    p99: result.p99,
    peakRssMb: peakMb,
    errors: result.errors,
    non2xx: result.non2xx,
    cpuMsPerRequest: cpuPerRequest,
  }
  rows.push(row)
  console.log(
    `  ${spec.name.padEnd(8)} ${mode.padEnd(10)} ${String(row.reqPerSec).padStart(6)} req/s  p95 ${row.p95} ms  ${cpuPerRequest} ms CPU/req  ${JSON.stringify(result.statuses)}`,
  )
}

const fetchCase = async (url: string, spec: LoadCase, headers: Record<string, string> = {}) =>
  fetch(`${url}${spec.paths[0]}`, {
    method: spec.method ?? 'GET',
    body: spec.body,
    headers: { ...(spec.body ? { 'content-type': 'application/json' } : {}), ...headers },
  })

// All three servers run side by side and each case is measured on each in turn, so that the
// ratios compare figures taken a minute apart, not ten: on a shared machine the load drifts.
console.log('# starting the baseline and the newsroom server, response cache off (cold) and on (warm)')
const baseline = await start('bench/baseline/server.ts', { DATABASE_URI: uri }, 3310, '/api/chambers/geojson')
const cold = await start('dist/server.js', { ...appEnv, HTTP_CACHE: 'off' }, 3311)
const cached = modes.includes('warm') || modes.includes('revalidate')
const warm = cached ? await start('dist/server.js', { ...appEnv, HTTP_CACHE: 'on' }, 3312) : undefined
const sameJson: Record<string, string[]> = {}
try {
  for (const spec of cases) {
    console.log(`# ${spec.name}`)
    sameJson[spec.name] = jsonDiff(
      await (await fetchCase(cold.url, spec)).json(),
      await (await fetchCase(baseline.url, spec)).json(),
    )
    if (modes.includes('baseline')) await measure(baseline, 'baseline', spec)
    if (modes.includes('cold')) await measure(cold, 'cold', spec)
    if (warm && modes.includes('warm')) await measure(warm, 'warm', spec)
    if (warm && modes.includes('revalidate') && spec.method !== 'POST') {
      const etags = new Map<string, string>()
      for (const p of spec.paths) etags.set(p, (await fetch(`${warm.url}${p}`)).headers.get('etag') ?? '')
      await measure(warm, 'revalidate', { ...spec, headersFor: (p) => ({ 'if-none-match': etags.get(p)! }) })
    }
  }
} finally {
  await Promise.all([baseline.stop(), cold.stop(), warm?.stop()])
}

const results = withRatios([...rows].sort((a, b) => MODE_ORDER.indexOf(a.mode) - MODE_ORDER.indexOf(b.mode)))
const meta = {
  date: new Date().toISOString(),
  db,
  size,
  duration,
  // What the newsroom server ran with: the admin served or not (and built by which bundler), and
  // `npm start`'s node flags.
  serveAdmin: process.env.SERVE_ADMIN !== 'false',
  adminBundler: existsSync(path.join(root, '.next/turbopack')) ? 'turbopack' : 'webpack',
  serverFlags: startFlags(),
  warmup,
  connections,
  node: process.version,
  loadAverage: { before: loadBefore, after: loadavg()[0] },
}
console.log(
  `\n## ${db}, ${size} articles, ${duration} s per case, ${connections} connections (load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)})\n`,
)
console.log(table(results))
for (const [name, diff] of Object.entries(sameJson))
  console.log(`same JSON as the baseline, ${name}: ${diff.length ? `NO\n    ${diff.join('\n    ')}` : 'yes'}`)
const outDir = path.join(root, 'bench/results')
mkdirSync(outDir, { recursive: true })
const stem = `${meta.date.slice(0, 16).replace(/[:T]/g, '-')}-${db}-${size}`
writeFileSync(path.join(outDir, `${stem}.json`), `${JSON.stringify({ meta, sameJson, results }, null, 2)}\n`)
writeFileSync(
  path.join(outDir, `${stem}.svg`),
  svgChart(results, `Newsroom / raw baseline, req/s (${db}, ${size} articles)`),
)
console.log(`\nwritten: bench/results/${stem}.json and .svg`)
// Judged on CPU per answer (the req/s ratio moves with whatever else the machine runs).
const coldRatio = (r: Row) => r.cpuRatio ?? r.ratio ?? 0
const tooSlow = results.filter((r) => r.mode === 'cold' && coldRatio(r) < failBelow)
for (const r of tooSlow)
  console.log(
    `FAILED: ${r.case} cold at ${Math.round(coldRatio(r) * 100)} % of the baseline (CPU per answer), below ${failBelow * 100} %`,
  )
const tooBig = failAboveMb ? results.filter((r) => r.mode !== 'baseline' && r.peakRssMb > failAboveMb) : []
for (const r of tooBig)
  console.log(`FAILED: ${r.case} ${r.mode} peaked at ${r.peakRssMb} MB of resident memory, above ${failAboveMb} MB`)
process.exit(tooSlow.length || tooBig.length ? 1 : 0)
