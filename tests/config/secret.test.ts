import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { resolvePayloadSecret } from '../../src/lib/secret'
import { testRun } from '../helpers/testDatabase'

const freshDir = () => mkdtempSync(path.join(testRun().dir, 'secret-'))

describe('PAYLOAD_SECRET', () => {
  test('production refuses to start without one, saying what to set', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' }, freshDir())).toThrow(
      /PAYLOAD_SECRET must be set when NODE_ENV=production/,
    )
  })

  test('a given secret is used as is', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'given' }, freshDir())).toBe('given')
  })

  test('development generates one once, keeps it private in the data folder and reuses it', () => {
    const dir = freshDir()
    const first = resolvePayloadSecret({ NODE_ENV: 'development' }, dir)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolvePayloadSecret({ NODE_ENV: 'development' }, dir)).toBe(first)
    const file = path.join(dir, '.payload-secret')
    expect(readFileSync(file, 'utf8')).toBe(first)
    expect(statSync(file).mode & 0o077).toBe(0)
  })
})
