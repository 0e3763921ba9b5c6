import { createJestConfig } from '@crn/config-jest'

export default createJestConfig({ testMatch: ['<rootDir>/tests/**/*.test.ts'] })
