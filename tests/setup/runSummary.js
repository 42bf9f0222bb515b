import { appendFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Closes each run with the ten slowest files (where the suite's time goes) and a plain count line,
 * `N passed, N failed, N skipped` alone on its line, which tools reading a log understand whatever the runner.
 * With TEST_COUNTS_FILE set, the counts are also appended there as one JSON line, so a script that
 * runs several passes (.ci/run) can close with their total.
 */
export default class RunSummary {
  onRunComplete(_contexts, results) {
    const files = results.testResults
      .map((result) => ({
        file: path.relative(process.cwd(), result.testFilePath),
        seconds: (result.perfStats.end - result.perfStats.start) / 1000,
      }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, 10)
    if (files.length > 0) {
      const lines = files.map(({ file, seconds }) => `  ${seconds.toFixed(1).padStart(6)} s  ${file}`)
      process.stdout.write(`\nSlowest test files:\n${lines.join('\n')}\n`)
    }
    const counts = {
      passed: results.numPassedTests,
      // A file that failed to load counts as a failure although it ran no test.
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    }
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`)
    if (process.env.TEST_COUNTS_FILE) appendFileSync(process.env.TEST_COUNTS_FILE, `${JSON.stringify(counts)}\n`)
  }
}
