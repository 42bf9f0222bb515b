import type { S3ClientConfig } from '@aws-sdk/client-s3'

/** The S3 client for the media bucket, from the same `S3_*` variables wherever the bucket is used. */
export function s3ClientConfig(env: NodeJS.ProcessEnv): S3ClientConfig {
  return {
    endpoint: env.S3_ENDPOINT || undefined,
    region: env.S3_REGION || 'us-east-1',
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
  }
}
