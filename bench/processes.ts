import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { startFlags } from '../scripts/startFlags'

export type Running = { child: ChildProcess; url: string; stop: () => Promise<void> }

// Whatever ends this process (a failed case, an exception) ends the servers it started.
const started = new Set<ChildProcess>()
process.once('exit', () => started.forEach((child) => child.kill('SIGTERM')))

/** Starts a node process (with tsx for TypeScript) and waits until `ready` answers (bounded). */
export async function start(
  script: string,
  env: Record<string, string>,
  port: number,
  ready = '/healthz',
): Promise<Running> {
  const url = `http://127.0.0.1:${port}`
  // A server left running by an earlier, interrupted run would answer in this one's place.
  if (
    await fetch(`${url}${ready}`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${port} already answers ${ready}: stop the process that holds it`)
  // The compiled server runs with `npm start`'s flags, as in production.
  const flags = script === 'dist/server.js' ? startFlags() : ['--no-deprecation']
  const child = spawn(process.execPath, [...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), script], {
    env: { ...process.env, NODE_OPTIONS: flags.join(' '), ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  started.add(child)
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`${script} exited:\n${output}`)
    if (attempt > 600) throw new Error(`${script} did not answer ${ready} within 120 s:\n${output}`)
    const ok = await fetch(`${url}${ready}`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    child,
    url,
    stop: async () => {
      child.kill('SIGTERM')
      await exited
      started.delete(child)
    },
  }
}

/** Resident memory of a process, in MB, sampled while `during` runs: the peak is reported. */
export async function peakRss<T>(pid: number, during: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = 0
  const sample = () => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
      peak = Math.max(peak, kb / 1024)
    } catch {
      // The process may have exited; the last sample stands.
    }
  }
  sample()
  const timer = setInterval(sample, 200)
  try {
    const result = await during()
    sample()
    return { result, peakMb: Math.round(peak) }
  } finally {
    clearInterval(timer)
  }
}

/** CPU time (user + system) a process has used so far, in ms: unlike req/s, barely moved by other load on the machine. */
export function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return Number.NaN
  }
}
