import path from 'node:path'

/** Prints the ten slowest test files once the run ends: where the suite's time goes. */
export default class SlowestFiles {
  onRunComplete(_contexts, results) {
    const files = results.testResults
      .map((result) => ({
        file: path.relative(process.cwd(), result.testFilePath),
        seconds: (result.perfStats.end - result.perfStats.start) / 1000,
      }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, 10)
    if (files.length === 0) return
    const lines = files.map(({ file, seconds }) => `  ${seconds.toFixed(1).padStart(6)} s  ${file}`)
    process.stdout.write(`\nSlowest test files:\n${lines.join('\n')}\n`)
  }
}
