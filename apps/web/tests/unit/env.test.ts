import { describe, expect, it } from '@jest/globals'

import { DEV_REVALIDATE_SECRET, parseEnv } from '@/env'

const strongSecret = 'a'.repeat(40)

describe('parseEnv', () => {
  it('has development defaults', () => {
    const env = parseEnv({})
    expect(env).toMatchObject({ CMS_URL: 'http://localhost:3000', WEB_URL: 'http://localhost:3001', REVALIDATE_SECRET: DEV_REVALIDATE_SECRET, CMS_TIMEOUT_MS: 2000 })
  })

  it('refuses the default or a weak secret in production and in a deployment', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/REVALIDATE_SECRET/)
    expect(() => parseEnv({ DEPLOYMENT: '1', REVALIDATE_SECRET: DEV_REVALIDATE_SECRET })).toThrow(/REVALIDATE_SECRET/)
    expect(() => parseEnv({ NODE_ENV: 'production', REVALIDATE_SECRET: 'short' })).toThrow(/at least 32/)
    expect(parseEnv({ NODE_ENV: 'production', REVALIDATE_SECRET: strongSecret }).REVALIDATE_SECRET).toBe(strongSecret)
  })

  it('lets `next build` run without secrets', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow()
  })

  it('rejects malformed URLs with a clear message and trims trailing slashes', () => {
    expect(() => parseEnv({ CMS_URL: 'not a url' })).toThrow(/CMS_URL/)
    expect(parseEnv({ CMS_URL: 'http://cms:3000/' }).CMS_URL).toBe('http://cms:3000')
    // Browsers load files from the public origin; by default the one the site reads from.
    expect(parseEnv({ CMS_URL: 'http://cms:3000/' }).CMS_PUBLIC_URL).toBe('http://cms:3000')
    expect(parseEnv({ CMS_URL: 'http://cms:3000', CMS_PUBLIC_URL: 'https://cms.example.org/' }).CMS_PUBLIC_URL).toBe('https://cms.example.org')
  })
})
