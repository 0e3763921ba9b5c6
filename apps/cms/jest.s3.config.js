import { createJestConfig } from '@crn/config-jest'

/**
 * Media on a real S3-compatible server (tests/s3): Payload in-process with the S3_* variables pointed
 * at S3_TEST_ENDPOINT. Registered by `npm test` (packages/launcher/src/test.mjs) only when
 * S3_TEST_ENDPOINT is set, so without an S3 server it is neither run nor reported as skipped.
 */
export default createJestConfig({
  rootDir: '.',
  testMatch: ['<rootDir>/tests/s3/**/*.s3.spec.ts'],
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  moduleNameMapper: {
    '\\.(css|scss)$': '@crn/config-jest/empty-module.js',
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
  },
  maxWorkers: 1,
  testTimeout: 60_000,
})
