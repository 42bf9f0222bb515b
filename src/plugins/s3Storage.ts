import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

/** Media go to S3 when a bucket is configured; otherwise they stay on local disk. */
export function s3StorageFromEnv(env: NodeJS.ProcessEnv): Plugin[] {
  if (!env.S3_BUCKET) return []
  return [
    s3Storage({
      bucket: env.S3_BUCKET,
      collections: { media: true },
      config: {
        endpoint: env.S3_ENDPOINT || undefined,
        region: env.S3_REGION || 'us-east-1',
        forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
        credentials:
          env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
            ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
            : undefined,
      },
    }),
  ]
}
