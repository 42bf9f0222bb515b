import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { s3ClientConfig } from '../../lib/s3Config'

/** Where one upload collection keeps its files: the same operations on local disk or in a bucket. */
export interface MediaStore {
  readonly description: string
  /** The file's content, or null when the store does not have it. */
  read(prefix: string, filename: string): Promise<Readable | null>
  exists(prefix: string, filename: string): Promise<boolean>
  write(prefix: string, filename: string, content: Readable, mimeType?: string): Promise<void>
  remove(prefix: string, filename: string): Promise<void>
}

/**
 * The app keeps uploads in the bucket named by S3_BUCKET when it is set, else in the collection's
 * folder (MEDIA_DIR for `media`), read from the environment as src/plugins/s3Storage.ts reads it.
 */
export function mediaStoreFromEnv(env: NodeJS.ProcessEnv, staticDir: string): MediaStore {
  return env.S3_BUCKET ? s3Store(env.S3_BUCKET, new S3Client(s3ClientConfig(env))) : diskStore(staticDir)
}

export function diskStore(dir: string): MediaStore {
  // Payload's local storage ignores the prefix: every file sits directly in the folder.
  const file = (filename: string) => path.join(dir, filename)
  const exists = async (_prefix: string, filename: string) => Boolean(await stat(file(filename)).catch(() => null))
  return {
    description: dir,
    exists,
    read: async (prefix, filename) => ((await exists(prefix, filename)) ? createReadStream(file(filename)) : null),
    write: async (_prefix, filename, content) => {
      await mkdir(dir, { recursive: true })
      await pipeline(content, createWriteStream(file(filename), { flags: 'wx' }))
    },
    remove: (_prefix, filename) => rm(file(filename), { force: true }),
  }
}

export function s3Store(bucket: string, client: S3Client): MediaStore {
  const key = (prefix: string, filename: string) => path.posix.join(prefix, filename)
  const missing = (error: unknown) => {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
    return status === 404 || (error as Error).name === 'NoSuchKey' || (error as Error).name === 'NotFound'
  }
  return {
    description: `s3://${bucket}`,
    exists: async (prefix, filename) => {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key(prefix, filename) }))
        return true
      } catch (error) {
        if (missing(error)) return false
        throw error
      }
    },
    read: async (prefix, filename) => {
      try {
        const { Body } = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key(prefix, filename) }))
        return Body ? Readable.from(Buffer.from(await Body.transformToByteArray())) : null
      } catch (error) {
        if (missing(error)) return null
        throw error
      }
    },
    write: async (prefix, filename, content, mimeType) => {
      // One file in memory at a time: a stream body would need its length up front.
      const chunks: Buffer[] = []
      for await (const chunk of content as AsyncIterable<Buffer>) chunks.push(chunk)
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key(prefix, filename), Body: Buffer.concat(chunks), ContentType: mimeType }))
    },
    remove: async (prefix, filename) => {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key(prefix, filename) }))
    },
  }
}
