import { createJestConfig } from '@crn/config-jest'

/**
 * Several instances, real processes: the BUILT CMS × 2 on one SQLite file, the BUILT site × 2
 * sharing Debian's redis-server, and the edge (Debian nginx) in front — started by the suite
 * itself (tests/instances). Needs `npm run build`, nginx and redis-server (npm test installs
 * them via apt when missing and root). Ports: INSTANCES_TEST_PORT (default 3300) and up to +21.
 */
export default createJestConfig({
  rootDir: '.',
  testMatch: ['<rootDir>/tests/instances/**/*.instances.spec.ts'],
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  maxWorkers: 1,
  testTimeout: 120_000,
})
