import { createJestConfig } from '@crn/config-jest'

/** Unit tests of the site's own logic (formatting, routes, URLs). The browser suite has jest.e2e.config.js. */
export default createJestConfig({
  rootDir: '.',
  testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
  // The standalone build copies package.json files into .next; keep them out of Jest's module map.
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  moduleNameMapper: {
    '\\.(css|scss)$': '@crn/config-jest/empty-module.js',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
})
