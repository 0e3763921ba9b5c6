import { createJestConfig } from '@crn/config-jest'

/**
 * HTTP suites against the BUILT CMS (`npm run build` first): one production server is
 * started for all suites by tests/http/globalSetup.mjs (port CMS_TEST_PORT, default 3100).
 * Run: `npm run test:http`.
 */
export default createJestConfig({
  rootDir: '.',
  testMatch: ['<rootDir>/tests/http/**/*.http.spec.ts'],
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  globalSetup: '<rootDir>/tests/http/globalSetup.mjs',
  globalTeardown: '<rootDir>/tests/http/globalTeardown.mjs',
  // One server, one database: suites run one after another.
  maxWorkers: 1,
  testTimeout: 60_000,
})
