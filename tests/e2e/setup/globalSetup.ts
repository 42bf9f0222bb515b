import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { prepareTestRun } from '../../setup/globalSetup'

const root = fileURLToPath(new URL('../../..', import.meta.url))

/**
 * Browser tests run against the production build, as `npm start` serves it. A checkout without the
 * admin's build gets it built here; an existing one is reused as it is (CI runs `npm run build` just
 * before). The server and the seed are compiled every time (a second): a stale dist/ would test old code.
 */
export default async function globalSetup(): Promise<void> {
  const compiled = spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: root, stdio: 'inherit' })
  if (compiled.status !== 0) throw new Error(`npm run build:server failed (exit ${compiled.status ?? compiled.signal})`)
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('\n.next/BUILD_ID is missing: running next build first')
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: root,
      stdio: 'inherit',
      // Jest's own NODE_OPTIONS (vm modules) and NODE_ENV=test are not for the build.
      env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation', NEXT_TELEMETRY_DISABLED: '1' },
    })
    if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`)
  }
  // The browser tests seed their own servers (with their own password) through the seed script.
  await prepareTestRun({ seededTemplates: false })
}
