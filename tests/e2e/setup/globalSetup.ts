import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { prepareTestRun } from '../../setup/globalSetup'

const root = fileURLToPath(new URL('../../..', import.meta.url))

/**
 * Browser tests run against the production build, as `npm start` serves it. A checkout without one
 * gets it built here; an existing build is reused as it is (CI runs `npm run build` just before).
 */
export default async function globalSetup(): Promise<void> {
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
