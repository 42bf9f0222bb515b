import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export class MissingSecretError extends Error {
  constructor() {
    super('PAYLOAD_SECRET must be set when NODE_ENV=production (a long random string, e.g. `openssl rand -hex 32`).')
    this.name = 'MissingSecretError'
  }
}

/**
 * Production must be given its secret; elsewhere one is generated once and kept in the data folder,
 * so development sessions survive restarts without anyone having to invent a secret.
 */
export function resolvePayloadSecret(env: NodeJS.ProcessEnv, dataDir: string): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NODE_ENV === 'production') throw new MissingSecretError()
  const file = path.join(dataDir, '.payload-secret')
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    mkdirSync(dataDir, { recursive: true })
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' })
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    return readFileSync(file, 'utf8').trim()
  }
}
