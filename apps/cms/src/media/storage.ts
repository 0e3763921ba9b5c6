import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { S3MediaStorage } from '../env'

/**
 * Where uploaded media lives. Several CMS instances must see the same files, so there are two
 * choices (docs/architecture.md, "Several instances"):
 *
 * - no S3_* variables: the Media collection's `staticDir` (MEDIA_DIR), a volume every instance mounts;
 * - all S3_* variables: an S3-compatible bucket through Payload's official adapter. Files are still
 *   served by the CMS at `/api/media/file/…` with the collection's read access, so the site and API
 *   consumers see the same URLs either way, and the bucket can stay private.
 *
 * No `prefix` and no `alwaysInsertFields`: the adapter then adds no column, so switching storage
 * needs no migration.
 */
export function mediaStorage(s3: S3MediaStorage | null): Plugin[] {
  if (s3 === null) return []
  return [
    s3Storage({
      bucket: s3.bucket,
      collections: { media: true },
      config: {
        endpoint: s3.endpoint,
        region: s3.region,
        forcePathStyle: s3.forcePathStyle,
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
      },
    }),
  ]
}
