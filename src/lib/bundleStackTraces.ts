import { existsSync, readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// `--enable-source-maps` makes Node parse the map of every module it loads, and keep it: with the
// admin's server bundles, about 200 MB held for the life of the process. Stack traces are read far
// less often than modules are loaded, so the compiled server maps its own frames when an error is
// logged instead, from the map esbuild writes beside the bundle, read on the first such error.

const maps = new Map<string, SourceMap | undefined>()

function mapOf(bundle: string): SourceMap | undefined {
  if (!maps.has(bundle)) {
    const file = `${bundle}.map`
    maps.set(bundle, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : undefined)
  }
  return maps.get(bundle)
}

const FRAME = /(file:\/\/\/[^\s()]+|\/[^\s():]+):(\d+):(\d+)/g

/**
 * The stack with each frame in one of `bundles` pointing at the source line it was compiled from,
 * as `--enable-source-maps` would show it; other frames (Node's, node_modules') are left as they are.
 */
export function originalStack(stack: string, bundles: (file: string) => boolean): string {
  return stack.replace(FRAME, (frame, location: string, line: string, column: string) => {
    const url = location.startsWith('file:')
    const file = url ? fileURLToPath(location) : location
    if (!bundles(file)) return frame
    const entry = mapOf(file)?.findEntry(Number(line) - 1, Number(column) - 1)
    if (!entry || !('originalSource' in entry)) return frame
    const source = path.resolve(path.dirname(file), entry.originalSource)
    return `${url ? pathToFileURL(source).href : source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`
  })
}

const running = fileURLToPath(import.meta.url)
const compiled = running.endsWith('.js') ? path.dirname(running) : undefined

/** A file esbuild compiled into the directory this module runs from (`dist/`); none under tsx. */
const isCompiledBundle = (file: string): boolean =>
  compiled !== undefined && path.dirname(file) === compiled && file.endsWith('.js')

/** Gives a logged error (and its causes) the stack of the sources the server was compiled from. */
export function mapLoggedError(error: unknown, seen = new Set<unknown>()): void {
  if (!(error instanceof Error) || seen.has(error)) return
  seen.add(error)
  if (error.stack) error.stack = originalStack(error.stack, isCompiledBundle)
  mapLoggedError(error.cause, seen)
}
