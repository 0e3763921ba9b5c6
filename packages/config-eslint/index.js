import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Base lint rules for every workspace: recommended JS + TypeScript rules as errors,
 * no `any`, no unused code, and `process.env` only in each app's env module.
 */
export const base = tseslint.config(
  { ignores: ['**/node_modules/**', '**/.next/**', '**/dist/**', '**/coverage/**', '**/next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', prefer: 'type-imports' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration from the validated env module (src/env.ts).' },
      ],
    },
  },
  {
    files: ['**/tests/**', '**/*.spec.ts', '**/*.test.ts', '**/*.config.*', '**/*.mjs', '**/bench/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
)

export default base
