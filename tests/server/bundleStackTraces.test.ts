import { execFile } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { build } from 'esbuild'

import { originalStack } from '../../src/lib/bundleStackTraces'

/**
 * The compiled server runs without `--enable-source-maps` (it holds every loaded module's map for
 * life): a logged error's frames in the bundle are mapped back to the sources when it is logged.
 * Compiled here as `npm run build:server` compiles the server, into a folder that resolves the
 * project's packages, and run as its own process.
 */
const root = process.cwd()
const dir = path.join(root, 'node_modules/.cache', `bundle-stack-${process.pid}`)
const source = path.join(dir, 'failing.ts')
const bundle = path.join(dir, 'failing.js')
// Line numbers below refer to this text.
const FAILING = `import pino from 'pino'
import { loggerOptions } from ${JSON.stringify(path.join(root, 'src/lib/requestLog.ts'))}

function readTheLedger(): never {
  throw new Error('ledger unreadable', { cause: causeOfIt() })
}
function causeOfIt(): Error {
  return new Error('disk gone')
}
try {
  readTheLedger()
} catch (err) {
  pino(loggerOptions('info')).error({ err, msg: 'export failed' })
}
`

beforeAll(async () => {
  mkdirSync(dir, { recursive: true })
  writeFileSync(source, FAILING)
  await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    outdir: dir,
    logLevel: 'warning',
  })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function loggedError(): Promise<{ stack: string; msg: string }> {
  const { stdout } = await promisify(execFile)(process.execPath, [bundle], {
    env: { ...process.env, NODE_OPTIONS: '' },
  })
  const line = JSON.parse(stdout.trim().split('\n').pop()!) as { msg: string; err: { stack: string } }
  return { msg: line.msg, stack: line.err.stack }
}

test('a logged error points at the source lines, its cause too, not at the bundle', async () => {
  const { msg, stack } = await loggedError()
  expect(msg).toBe('export failed')
  const frames = stack.split('\n').filter((l) => l.trimStart().startsWith('at '))
  expect(frames.find((f) => f.includes('readTheLedger'))).toContain(`${source}:5:9`)
  expect(frames.find((f) => f.includes('causeOfIt'))).toContain(`${source}:8:10`)
  expect(stack).not.toContain(`${bundle}:`)
})

test('frames outside the bundles, and a bundle without a map, are left as they are', () => {
  const stack = [
    'Error: x',
    `    at f (file://${bundle}:3:1)`,
    '    at g (node:internal/process/task_queues:95:5)',
    `    at h (${path.join(root, 'node_modules/express/lib/router.js')}:10:2)`,
    '    at k (/nowhere/compiled.js:1:1)',
  ].join('\n')
  const mapped = originalStack(stack, (file) => file === bundle || file === '/nowhere/compiled.js')
  const lines = mapped.split('\n')
  expect(lines[1]).toMatch(new RegExp(`at f \\(file://${source.replaceAll('.', '\\.')}:\\d+:\\d+\\)`))
  expect(lines.slice(2)).toEqual(stack.split('\n').slice(2))
})
