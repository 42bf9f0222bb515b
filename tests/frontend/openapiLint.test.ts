import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { startTestApp, type TestApp } from '../helpers/app'
import { testRun } from '../helpers/testDatabase'

type Finding = { code: string; message: string; severity: number; path: string[] }

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('openapi-lint')
})
afterAll(() => app.close())

// Spectral's own command line with its `spectral:oas` ruleset (.spectral.yaml), on the served document.
test('Spectral (spectral:oas) finds no error in /api/openapi.json', async () => {
  const document = path.join(testRun().dir, 'openapi-lint.json')
  const report = path.join(testRun().dir, 'spectral-report.json')
  writeFileSync(document, await (await app.request('/api/openapi.json')).text())
  const cli = path.resolve('node_modules/@stoplight/spectral-cli/dist/index.js')
  const args = [
    cli,
    'lint',
    document,
    '--ruleset',
    path.resolve('.spectral.yaml'),
    '--format',
    'json',
    '--output',
    report,
    '--fail-severity',
    'error',
  ]
  await promisify(execFile)(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { code?: number }) => {
      // Exit 1 means findings at the failing severity, read from the report below; anything else is a crash.
      if (error.code !== 1) throw error
    },
  )
  const findings = JSON.parse(readFileSync(report, 'utf8')) as Finding[]
  const bySeverity = [0, 1, 2, 3].map((severity) => findings.filter((f) => f.severity === severity).length)
  console.log(
    `Spectral spectral:oas: ${bySeverity[0]} errors, ${bySeverity[1]} warnings, ${bySeverity[2]} infos, ${bySeverity[3]} hints`,
  )
  expect(findings.filter((f) => f.severity === 0).map((f) => `${f.code} ${f.path.join('.')}: ${f.message}`)).toEqual([])
}, 180_000)
