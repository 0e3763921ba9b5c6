import nextPlugin from '@next/eslint-plugin-next'
import globals from 'globals'

import { base } from './index.js'

/** Lint rules for the Next.js apps: the base plus Next's own rules and browser globals. */
export const next = [
  ...base,
  {
    plugins: { '@next/next': nextPlugin },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs['core-web-vitals'].rules },
  },
]

export default next
