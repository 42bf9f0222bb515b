/**
 * Signed-in write latency: sequential PATCHes of one topic by an admin, as JSON and as the admin's
 * form sends them (multipart, the document in `_payload`), through the whole server (edge checks,
 * hooks, database). Prints p50 and p95 per kind, in ms. Compare two trees by running this once per
 * tree, alternately (`--root <tree>`), on copies of one seeded SQLite database.
 *
 *   npx tsx bench/patchLatency.ts --db /tmp/seeded.db --root . --port 3411 --n 300 [--warmup 30]
 *
 * On the benchmark's database (`bench/.data/bench-1000.db`, read model built) the topic is embedded in
 * many articles: each PATCH also rebuilds their public answers.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    root: { type: 'string', default: '.' },
    port: { type: 'string', default: '3411' },
    n: { type: 'string', default: '300' },
    warmup: { type: 'string', default: '30' },
  },
})
if (!values.db) throw new Error('--db <SQLite file> is required')
const root = path.resolve(values.root)
const url = `http://127.0.0.1:${values.port}`
const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
  cwd: root,
  env: {
    ...process.env,
    NODE_OPTIONS: '--no-deprecation',
    NODE_ENV: 'development',
    SERVE_ADMIN: 'false',
    DATABASE_URI: `file:${path.resolve(values.db)}`,
    PORT: values.port,
    LOG_LEVEL: 'fatal',
    JOBS_AUTORUN: 'false',
    DELIVERY_WORKER: 'false',
    PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
})
const exited = new Promise((resolve) => child.once('exit', resolve))

async function ready(): Promise<void> {
  for (let attempt = 0; attempt < 900; attempt++) {
    if (child.exitCode !== null) throw new Error('the server exited')
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('the server did not start within 180 s')
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

async function measure(n: number, send: (i: number) => Promise<Response>): Promise<{ p50: number; p95: number }> {
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const started = performance.now()
    const response = await send(i)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`PATCH answered ${response.status}`)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { p50: +quantile(times, 0.5).toFixed(2), p95: +quantile(times, 0.95).toFixed(2) }
}

try {
  await ready()
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@newsroom.test', password: process.env.SEED_PASSWORD ?? 'newsroom-demo-2026' }),
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { authorization: `JWT ${token}` }
  const list = (await (await fetch(`${url}/api/topics?limit=1&depth=0`, { headers: auth })).json()) as {
    docs: { id: number }[]
  }
  const target = `${url}/api/topics/${list.docs[0].id}?depth=0`
  const json = (i: number) =>
    fetch(target, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ description: `Description ${i}` }),
    })
  const form = (i: number) => {
    const body = new FormData()
    body.append('_payload', JSON.stringify({ description: `Formulaire ${i}` }))
    return fetch(target, { method: 'PATCH', headers: auth, body })
  }
  const n = Number(values.n)
  await measure(Number(values.warmup), json)
  await measure(Number(values.warmup), form)
  console.log(JSON.stringify({ root, json: await measure(n, json), multipart: await measure(n, form) }))
} finally {
  child.kill('SIGTERM')
  await exited
}
