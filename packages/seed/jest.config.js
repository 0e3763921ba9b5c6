import { createJestConfig } from '@crn/config-jest'

export default createJestConfig({
  rootDir: '.',
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
})
