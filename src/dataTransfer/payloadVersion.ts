import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The installed Payload's version (its package does not export package.json). */
export async function payloadVersion(): Promise<string> {
  let dir = path.dirname(fileURLToPath(import.meta.resolve('payload')))
  while (dir !== path.dirname(dir)) {
    const manifest = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => null)
    if (manifest) {
      const { name, version } = JSON.parse(manifest) as { name?: string; version?: string }
      if (name === 'payload' && version) return version
    }
    dir = path.dirname(dir)
  }
  return 'unknown'
}
