import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { startFlags } from '../../../scripts/startFlags'
import { createTestDatabase, dropTestDatabase, newId, testRun } from '../../helpers/testDatabase'

export const root = fileURLToPath(new URL('../../..', import.meta.url))

// Bounds, not expectations: they only turn a server that never comes up or never stops into a failure.
const READY_POLLS = 600
const POLL_INTERVAL_MS = 100
const STOP_BOUND_MS = 30_000

export type ProductionServer = {
  url: string
  databaseUri: string
  /** Creates the demo accounts with this password, through the project's seed script. */
  seed: (password: string) => Promise<void>
  /** SIGTERM, then the exit code (null if it had to be killed). */
  stop: () => Promise<number | null>
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

export type ServerOptions = {
  /** Another instance on this server's database (which the first instance's `stop` drops). */
  sameDatabaseAs?: ProductionServer
  env?: Record<string, string>
}

/** `npm start` as a child process (dist/server.js, NODE_ENV=production) on a fresh test database and a free port. */
export async function startProductionServer(label: string, options: ServerOptions = {}): Promise<ProductionServer> {
  const ownsDatabase = !options.sameDatabaseAs
  const databaseUri = options.sameDatabaseAs?.databaseUri ?? (await createTestDatabase(label))
  const dir = path.join(testRun().dir, `e2e-${label}-${newId()}`)
  mkdirSync(path.join(dir, 'media'), { recursive: true })
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    // Jest's NODE_OPTIONS (vm modules) must not reach the server.
    NODE_OPTIONS: '--no-deprecation',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    DATABASE_URI: databaseUri,
    MEDIA_DIR: path.join(dir, 'media'),
    DATA_DIR: dir,
    LOG_LEVEL: 'warn',
    ...options.env,
  }
  const child = spawn(process.execPath, [...startFlags(root), 'dist/server.js'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = `http://127.0.0.1:${port}`

  try {
    await waitForReady(url, child, () => output)
  } catch (error) {
    child.kill('SIGKILL')
    if (ownsDatabase) await dropTestDatabase(databaseUri)
    throw error
  }

  return {
    url,
    databaseUri,
    seed: async (password) => {
      try {
        await promisify(execFile)(process.execPath, ['--enable-source-maps', 'dist/seed.js'], {
          cwd: root,
          env: { ...env, SEED_PASSWORD: password },
        })
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string }
        throw new Error(`seeding failed:\n${stdout}\n${stderr}`, { cause: error })
      }
    },
    stop: async () => {
      child.kill('SIGTERM')
      let timer: NodeJS.Timeout | undefined
      const bound = new Promise<'bound'>((resolve) => (timer = setTimeout(() => resolve('bound'), STOP_BOUND_MS)))
      const result = await Promise.race([exited, bound]).finally(() => clearTimeout(timer))
      if (ownsDatabase) await dropTestDatabase(databaseUri)
      if (result !== 'bound') return result
      child.kill('SIGKILL')
      throw new Error(`the server did not exit within ${STOP_BOUND_MS} ms of SIGTERM:\n${output}`)
    },
  }
}

/** Polls /readyz until it answers 200; gives up when the process exits or the polls run out. */
async function waitForReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let poll = 0; poll < READY_POLLS; poll++) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output()}`)
    }
    const status = await fetch(`${url}/readyz`).then(
      async (response) => (await response.arrayBuffer(), response.status),
      () => 0,
    )
    if (status === 200) return
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS))
  }
  throw new Error(`/readyz did not answer 200 after ${READY_POLLS} polls:\n${output()}`)
}
