import { next } from '@crn/config-eslint/next'

export default [
  ...next,
  {
    rules: {
      // The site links with plain <a> on purpose: every page is server-rendered HTML, and full
      // document loads keep the client router (and its JavaScript) out of content pages.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  // The browser suite (tests/e2e) belongs to its own config and owner.
  { files: ['tests/e2e/**'], rules: { 'no-restricted-properties': 'off' } },
]
