import { createJestConfig } from '@crn/config-jest'

export default createJestConfig({
  rootDir: '.',
  testMatch: ['<rootDir>/tests/**/*.spec.ts'],
  // The standalone build copies package.json; Jest must not see a second @crn/cms.
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  // The HTTP suite (jest.http.config.js) and the instances suite (jest.instances.config.js) run
  // against built servers with their own configs. The S3 suite needs a real S3 server
  // (jest.s3.config.js, registered only with S3_TEST_ENDPOINT).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/http/', '<rootDir>/tests/instances/', '<rootDir>/tests/s3/'],
  moduleNameMapper: {
    '\\.(css|scss)$': '@crn/config-jest/empty-module.js',
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
  },
  // Each suite boots Payload on its own SQLite file; run them one at a time (2 cores).
  maxWorkers: 1,
  // Each file loads Payload afresh and the module registry of ESM tests is not freed between files:
  // one long-lived process ran out of heap. A worker past this size after a file is replaced (npm test
  // also gives each Jest process a 4 GB heap, so one file's peak fits).
  workerIdleMemoryLimit: '1GB',
})
