import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { s3ClientConfig } from '../lib/s3Config'

/**
 * Media go to S3 when a bucket is configured; otherwise they stay on local disk. The plugin adds
 * columns (`prefix`, `_objectKey`) and the committed migrations must not depend on where files are
 * kept: setting S3_BUCKET on a migrated database would otherwise break every media query ("no such
 * column"). So it is always registered, disabled without a bucket, with `alwaysInsertFields`; and the
 * explicit empty prefix makes the enabled plugin add `prefix` too, as the disabled one does.
 */
export function s3StorageFromEnv(env: NodeJS.ProcessEnv): Plugin[] {
  return [
    s3Storage({
      enabled: Boolean(env.S3_BUCKET),
      alwaysInsertFields: true,
      bucket: env.S3_BUCKET ?? '',
      collections: { media: { prefix: '' } },
      config: s3ClientConfig(env),
    }),
  ]
}
