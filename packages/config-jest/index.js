import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * Shared Jest preset for the ESM-only Payload/Next stack: SWC transforms TypeScript,
 * `.ts`/`.tsx` are treated as ESM (run Jest with NODE_OPTIONS=--experimental-vm-modules),
 * and style imports resolve to an empty module.
 *
 * @param {import('jest').Config} overrides
 * @returns {import('jest').Config}
 */
export function createJestConfig(overrides = {}) {
  return {
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    transform: {
      '^.+\\.(t|j)sx?$': [
        require.resolve('@swc/jest'),
        {
          jsc: {
            parser: { syntax: 'typescript', tsx: true, decorators: false },
            transform: { react: { runtime: 'automatic' } },
            target: 'es2022',
          },
          module: { type: 'es6' },
        },
      ],
    },
    moduleNameMapper: {
      '\\.(css|scss)$': require.resolve('./empty-module.js'),
    },
    testTimeout: 60_000,
    ...overrides,
  }
}
