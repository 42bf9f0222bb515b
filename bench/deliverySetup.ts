import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import path from 'node:path'
import type { Payload } from 'payload'
import pg from 'pg'

/** What `bench/delivery.ts` needs around the platform: a database, a client, a worker apart. */

/** A new, empty database: the SQLite file removed, the PostgreSQL database dropped and created. */
export async function freshDatabase(db: 'sqlite' | 'postgres', dataDir: string): Promise<string> {
  mkdirSync(dataDir, { recursive: true })
  if (db === 'sqlite') {
    const file = path.join(dataDir, 'delivery.db')
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true })
    return `file:${file}`
  }
  const admin = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = 'newsroom_bench_delivery'
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const url = new URL(admin)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * A JSON POST on a connection of its own. With keep-alive, a socket the server has just timed out
 * (5 s idle) can be reused by the client and reset: a publication lost to the benchmark, not to
 * the platform. One TCP connect on loopback costs far less than a publication.
 */
export const jsonPost =
  (baseUrl: string, method = 'POST') =>
  (pathname: string, json: unknown, token?: string): Promise<{ status: number; body: unknown }> => {
    const body = JSON.stringify(json)
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      }
      if (token) headers.authorization = `JWT ${token}`
      const req = request(`${baseUrl}${pathname}`, { method, agent: false, headers }, (res) => {
        let text = ''
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }))
      })
      req.on('error', reject)
      req.end(body)
    })
  }

/**
 * `scripts/worker.ts` in a process of its own, started once it reports ready. It is not woken by
 * this process's commits: it finds deliveries by polling (DELIVERY_POLL_MS). Idle means no
 * delivery left queued or sending.
 */
export async function workerProcess(root: string, payload: Payload) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', NODE_OPTIONS: '--no-deprecation' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => (String(chunk).includes('delivery worker') ? resolve() : undefined))
    child.once('exit', (code) => reject(new Error(`scripts/worker.ts exited with ${code}`)))
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.once('exit', () => child.kill())
  let peak = 0
  const sample = setInterval(() => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0)
      peak = Math.max(peak, Math.round(kb / 1024))
    } catch {
      // It has exited; the last sample stands.
    }
  }, 200)
  return {
    peakMb: () => peak,
    idle: async () => {
      while (
        (
          await payload.count({
            collection: 'deliveries',
            where: { status: { in: ['queued', 'sending'] } },
            overrideAccess: true,
          })
        ).totalDocs > 0
      )
        await sleep(100)
    },
    stop: async () => {
      clearInterval(sample)
      child.kill('SIGTERM')
      await exited
    },
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
}
