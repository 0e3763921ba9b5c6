/**
 * The S3-compatible server the S3 media test uses (README, "Tests"): S3_TEST_ENDPOINT, and optionally
 * S3_TEST_BUCKET (created when missing), S3_TEST_REGION, S3_TEST_ACCESS_KEY_ID, S3_TEST_SECRET_ACCESS_KEY.
 * The key defaults are s3rver's (`npx s3rver`); MinIO's are minioadmin / minioadmin.
 */
export function s3TestSettings() {
  const source = process.env
  const endpoint = source.S3_TEST_ENDPOINT
  if (!endpoint) throw new Error('S3_TEST_ENDPOINT is not set: this suite runs only against a real S3-compatible server.')
  return {
    endpoint,
    bucket: source.S3_TEST_BUCKET ?? 'crn-media-test',
    region: source.S3_TEST_REGION ?? 'us-east-1',
    accessKeyId: source.S3_TEST_ACCESS_KEY_ID ?? 'S3RVER',
    secretAccessKey: source.S3_TEST_SECRET_ACCESS_KEY ?? 'S3RVER',
  }
}
