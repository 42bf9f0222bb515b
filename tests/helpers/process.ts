import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { createServer } from 'node:net'

import { testRun } from './testDatabase'

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

export type ServerProcess = {
  child: ChildProcessWithoutNullStreams
  url: string
  output: () => string
  /** Resolves when a line matching the pattern has been printed (stdout or stderr). */
  waitForOutput: (pattern: RegExp) => Promise<void>
  exited: Promise<number | null>
}

export type Exit = { code: number | null; signal: NodeJS.Signals | null }

export type WatchedProcess = {
  child: ChildProcessWithoutNullStreams
  output: () => string
  /** Resolves when a line matching the pattern has been printed (stdout or stderr). */
  waitForOutput: (pattern: RegExp) => Promise<void>
  exited: Promise<Exit>
}

/**
 * Runs a TypeScript entry point of the project as its own process and reads both of its streams to
 * the end (a full pipe would stop it mid-write), so that tests can wait for what it prints.
 */
export function spawnScript(script: string, env: Record<string, string>): WatchedProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  })
  let output = ''
  const waiters: { pattern: RegExp; resolve: () => void }[] = []
  const onData = (chunk: Buffer) => {
    output += chunk.toString()
    for (const waiter of [...waiters]) {
      if (waiter.pattern.test(output)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve()
      }
    }
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  const waitForOutput = (pattern: RegExp) =>
    pattern.test(output)
      ? Promise.resolve()
      : Promise.race([
          new Promise<void>((resolve) => waiters.push({ pattern, resolve })),
          exited.then((exit) => {
            throw new Error(`${script} exited (${JSON.stringify(exit)}) before printing ${pattern}:\n${output}`)
          }),
        ])
  return { child, output: () => output, waitForOutput, exited }
}

export type ScriptRun = { code: number | null; output: string }

/** Runs one of the project's scripts to its end, as `npm run <script> -- <args>` would, and returns its exit code and output. */
export function runScript(script: string, args: string[], env: Record<string, string>): Promise<ScriptRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', DATA_DIR: testRun().dir, ...env },
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })))
}

/**
 * A production API server on a test database: no admin UI, and nothing seeded at start (a production
 * start only migrates), so it comes up quickly.
 */
export const productionApiEnv = (databaseUri: string, secret: string): Record<string, string> => ({
  NODE_ENV: 'production',
  PAYLOAD_SECRET: secret,
  DATABASE_URI: databaseUri,
  DATA_DIR: testRun().dir,
  MEDIA_DIR: testRun().dir,
  SERVE_ADMIN: 'false',
})

/** Runs `server.ts` as its own process, as `npm start` does, and resolves once /healthz answers. */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort()
  const { child, output, waitForOutput, exited } = spawnScript('server.ts', { PORT: String(port), ...env })
  await waitForOutput(/Newsroom ready on/)
  return { child, url: `http://127.0.0.1:${port}`, output, waitForOutput, exited: exited.then((exit) => exit.code) }
}
