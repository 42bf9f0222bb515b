import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The node flags `npm start` gives the server (its NODE_OPTIONS in package.json), for the benchmarks
 * and browser tests that start `dist/server.js` themselves: they measure and drive the server as it
 * runs in production.
 */
export function startFlags(root = process.cwd()): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
  return (/NODE_OPTIONS="([^"]*)"/.exec(scripts.start)?.[1] ?? '').split(' ').filter(Boolean)
}
