import { createJestConfig } from '@crn/config-jest'

/**
 * The edge suite: real nginx (deploy/edge/) in front of the BUILT site and CMS, started by the
 * browser suite's global setup on ports of its own (EDGE_TEST_CMS_PORT / EDGE_TEST_WEB_PORT,
 * default 3230/3231). Checks what the edge promises over plain HTTP: cache HIT/MISS/BYPASS per
 * rule, 429 with Retry-After, headers, body limits, stale answers and the 503 page while an app is down.
 */
export default createJestConfig({
  rootDir: '.',
  testMatch: ['<rootDir>/tests/edge/**/*.edge.spec.ts'],
  globalSetup: '<rootDir>/tests/edge/globalSetup.mjs',
  globalTeardown: '<rootDir>/tests/e2e/support/globalTeardown.mjs',
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  maxWorkers: 1,
  testTimeout: 120_000,
})
