import { createJestConfig } from '@crn/config-jest'

/**
 * Browser suite: real Chromium against the BUILT site and CMS, started once for the whole run
 * by the global setup (a fresh, seeded SQLite database). Files run one at a time and in a
 * fixed order — the spec that stops the CMS runs last (see support/sequencer.mjs).
 */
export default createJestConfig({
  rootDir: '.',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.spec.ts'],
  globalSetup: '<rootDir>/tests/e2e/support/globalSetup.mjs',
  globalTeardown: '<rootDir>/tests/e2e/support/globalTeardown.mjs',
  testSequencer: '<rootDir>/tests/e2e/support/sequencer.mjs',
  // The build output holds a copy of this package.json (standalone); keep it out of Jest's module map.
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  maxWorkers: 1,
  // First renders hit the CMS (ISR cold cache) and axe scans take seconds each.
  testTimeout: 120_000,
  slowTestThreshold: 30,
})
