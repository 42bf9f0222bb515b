import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as tar from 'tar'

import { ArchiveError, type FileEntry, isSafeEntryName, MANIFEST, type Manifest, parseManifest } from './format'

/**
 * Writing and reading archives. Both go through a private temporary folder: the writer lays out the
 * entries there (hashing them as they are written) and packs them at the end; the reader unpacks
 * and checks every entry before handing out any, so that an import can refuse a damaged archive
 * before it writes to the database.
 */
export class ArchiveWriter {
  private readonly files: Record<string, FileEntry> = {}

  private constructor(private readonly dir: string) {}

  static async create(): Promise<ArchiveWriter> {
    return new ArchiveWriter(await mkdtemp(path.join(os.tmpdir(), 'newsroom-export-')))
  }

  /** One JSON value per line: large collections are read back one document at a time. */
  writeLines(name: string, values: readonly unknown[]): Promise<FileEntry> {
    return this.writeFile(name, Buffer.from(values.map((value) => `${JSON.stringify(value)}\n`).join('')))
  }

  writeJson(name: string, value: unknown): Promise<FileEntry> {
    return this.writeFile(name, Buffer.from(`${JSON.stringify(value)}\n`))
  }

  async writeFile(name: string, content: Buffer | Readable): Promise<FileEntry> {
    if (!isSafeEntryName(name) || name === MANIFEST)
      throw new Error(`Refusing archive entry name ${JSON.stringify(name)}.`)
    if (this.files[name]) throw new Error(`Archive entry "${name}" written twice.`)
    const file = path.join(this.dir, name)
    await mkdir(path.dirname(file), { recursive: true })
    const hash = createHash('sha256')
    let bytes = 0
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk)
        bytes += chunk.length
        done(null, chunk)
      },
    })
    await pipeline(Buffer.isBuffer(content) ? Readable.from([content]) : content, count, createWriteStream(file))
    const entry = { bytes, sha256: hash.digest('hex') }
    this.files[name] = entry
    return entry
  }

  /**
   * Packs the archive into `target`, manifest first. It is written beside the target and renamed
   * into place, so that a failed export never leaves a half archive under the expected name. The
   * archive holds password hashes and secrets: only its owner may read it.
   */
  async finish(manifest: Omit<Manifest, 'files'>, target: string): Promise<{ bytes: number }> {
    const complete: Manifest = { ...manifest, files: this.files }
    await writeFile(path.join(this.dir, MANIFEST), `${JSON.stringify(complete, null, 2)}\n`)
    const partial = `${target}.partial`
    try {
      await mkdir(path.dirname(path.resolve(target)), { recursive: true })
      await tar.create({ gzip: true, file: partial, cwd: this.dir, portable: true, mode: 0o600 }, [
        MANIFEST,
        ...Object.keys(this.files).sort(),
      ])
      await chmod(partial, 0o600)
      await rename(partial, target)
    } catch (error) {
      await rm(partial, { force: true })
      throw error
    } finally {
      await this.discard()
    }
    return { bytes: (await stat(target)).size }
  }

  discard(): Promise<void> {
    return rm(this.dir, { recursive: true, force: true })
  }
}

export class ArchiveReader {
  private constructor(
    private readonly dir: string,
    readonly manifest: Manifest,
  ) {}

  /** Unpacks `file` and checks it whole; throws an ArchiveError saying what is wrong. */
  static async open(file: string): Promise<ArchiveReader> {
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) throw new ArchiveError(`No archive at ${file}.`)
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsroom-import-'))
    try {
      await unpack(file, dir)
      const manifest = await readManifest(dir)
      await checkEntries(dir, manifest)
      return new ArchiveReader(dir, manifest)
    } catch (error) {
      await removeFolder(dir)
      throw error
    }
  }

  has(name: string): boolean {
    return name in this.manifest.files
  }

  async readLines<T>(name: string): Promise<T[]> {
    if (!this.has(name)) return []
    const text = await readFile(this.pathOf(name), 'utf8')
    return text
      .split('\n')
      .filter(Boolean)
      .map((line, index) => parseJson<T>(line, `${name}, line ${index + 1}`))
  }

  async readJson<T>(name: string): Promise<T | undefined> {
    if (!this.has(name)) return undefined
    return parseJson<T>(await readFile(this.pathOf(name), 'utf8'), name)
  }

  /** A checked entry's content, streamed from the unpacked copy. */
  open(name: string): Readable {
    return createReadStream(this.pathOf(name))
  }

  close(): Promise<void> {
    return removeFolder(this.dir)
  }

  private pathOf(name: string): string {
    if (!this.has(name)) throw new ArchiveError(`The archive has no entry "${name}".`)
    return path.join(this.dir, name)
  }
}

// A failed unpack can still have a write in flight when it rejects: retry until the folder is gone.
const removeFolder = (dir: string) => rm(dir, { recursive: true, force: true, maxRetries: 5 })

async function unpack(file: string, dir: string): Promise<void> {
  try {
    // strict: a truncated or damaged stream is an error, not a warning with whatever was read.
    await tar.extract({ file, cwd: dir, strict: true, preservePaths: false, noChmod: true })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ArchiveError(`${file} is not a readable archive (truncated or damaged gzip/tar: ${reason}).`)
  }
}

async function readManifest(dir: string): Promise<Manifest> {
  const text = await readFile(path.join(dir, MANIFEST), 'utf8').catch(() => null)
  if (text === null) throw new ArchiveError(`The archive has no ${MANIFEST}: it was not written by npm run export.`)
  return parseManifest(parseJson(text, MANIFEST))
}

/** Every listed entry present with its size and hash, and nothing else. */
async function checkEntries(dir: string, manifest: Manifest): Promise<void> {
  const present = new Set(await listFiles(dir))
  present.delete(MANIFEST)
  for (const [name, expected] of Object.entries(manifest.files)) {
    if (!present.delete(name))
      throw new ArchiveError(`The archive is incomplete: "${name}" is listed in the manifest but missing.`)
    const actual = await hashFile(path.join(dir, name))
    if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) {
      throw new ArchiveError(`The archive is damaged: "${name}" does not match its checksum in the manifest.`)
    }
  }
  const extra = [...present]
  if (extra.length)
    throw new ArchiveError(
      `The archive holds files its manifest does not list: ${extra.slice(0, 5).join(', ')}${extra.length > 5 ? ', …' : ''}.`,
    )
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const names: string[] = []
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) names.push(...(await listFiles(dir, name)))
    else names.push(name)
  }
  return names
}

async function hashFile(file: string): Promise<FileEntry> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    bytes += chunk.length
  }
  return { bytes, sha256: hash.digest('hex') }
}

function parseJson<T>(text: string, where: string): T {
  try {
    return JSON.parse(text) as T
  } catch {
    throw new ArchiveError(`The archive is damaged: ${where} is not valid JSON.`)
  }
}
