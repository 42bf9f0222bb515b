import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { testRun } from './testDatabase'

// s3rver ships no types; its JS API is all the tests need.
type S3rverServer = { run: () => Promise<AddressInfo>; close: () => Promise<void> }
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: object) => S3rverServer

const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export type TestBucket = {
  bucket: string
  /** The S3_* variables that point the platform at this bucket. */
  env: Record<string, string>
  /** Every key in the bucket. */
  keys: () => Promise<string[]>
  objectBytes: (key: string) => Promise<Buffer>
  close: () => Promise<void>
}

/** A local S3-compatible server (s3rver) on a free port, with one empty bucket, kept in the run's folder. */
export async function startS3rver(bucket = 'media'): Promise<TestBucket> {
  const dir = mkdtempSync(path.join(testRun().dir, 's3rver-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: dir,
    silent: true,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS })
  return {
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    keys: async () => {
      const keys: string[] = []
      let token: string | undefined
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
        keys.push(...(page.Contents ?? []).map((object) => object.Key!))
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
      return keys
    },
    objectBytes: async (key) => {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      return Buffer.from(await object.Body!.transformToByteArray())
    },
    close: async () => {
      client.destroy()
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
