import { describe, expect, it } from '@jest/globals'

import { DEV_PAYLOAD_SECRET, DEV_PREVIEW_SECRET, DEV_REVALIDATE_SECRET, parseEnv } from '../../src/env'

const strongSecret = (character: string) => character.repeat(32)
const strongSecrets = { PAYLOAD_SECRET: strongSecret('p'), REVALIDATE_SECRET: strongSecret('r'), PREVIEW_SECRET: strongSecret('v') }

describe('parseEnv in development', () => {
  it('works with no configuration at all, using dev defaults', () => {
    const env = parseEnv({})
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      DATABASE_URI: 'file:./data/cms.db',
      PAYLOAD_SECRET: DEV_PAYLOAD_SECRET,
      REVALIDATE_SECRET: DEV_REVALIDATE_SECRET,
      PREVIEW_SECRET: DEV_PREVIEW_SECRET,
      CMS_PORT: 3000,
      WEB_PORT: 3001,
      CMS_URL: 'http://localhost:3000',
      WEB_URL: 'http://localhost:3001',
      DEPLOYMENT: false,
      SEED_ON_START: true,
    })
  })

  it('derives the default URLs from the ports', () => {
    const env = parseEnv({ CMS_PORT: '4100', WEB_PORT: '4101' })
    expect(env.CMS_URL).toBe('http://localhost:4100')
    expect(env.WEB_URL).toBe('http://localhost:4101')
  })

  it('accepts SQLite and MongoDB connection strings', () => {
    for (const uri of ['file:/tmp/cms.db', 'mongodb://mongo:27017/crn?replicaSet=rs0', 'mongodb+srv://cluster.example.net/crn']) {
      expect(parseEnv({ DATABASE_URI: uri }).DATABASE_URI).toBe(uri)
    }
  })

  it('turns seeding on start off only when asked', () => {
    expect(parseEnv({ SEED_ON_START: 'false' }).SEED_ON_START).toBe(false)
    expect(parseEnv({ SEED_ON_START: '0' }).SEED_ON_START).toBe(false)
    expect(parseEnv({ SEED_ON_START: 'true' }).SEED_ON_START).toBe(true)
  })
})

describe('parseEnv rejects invalid values with the variable named', () => {
  it.each([
    ['DATABASE_URI', { DATABASE_URI: 'postgres://localhost/crn' }, /DATABASE_URI: DATABASE_URI must start with file:, mongodb:\/\/ or mongodb\+srv:\/\//],
    ['DATABASE_URI', { DATABASE_URI: './data/cms.db' }, /DATABASE_URI/],
    ['CMS_URL', { CMS_URL: 'not a url' }, /CMS_URL/],
    ['CMS_PORT', { CMS_PORT: 'abc' }, /CMS_PORT/],
    ['DEPLOYMENT', { DEPLOYMENT: 'maybe' }, /DEPLOYMENT/],
    ['SEED_ADMIN_EMAIL', { SEED_ADMIN_EMAIL: 'admin-at-example' }, /SEED_ADMIN_EMAIL/],
    ['SEED_ADMIN_PASSWORD', { SEED_ADMIN_PASSWORD: 'short' }, /SEED_ADMIN_PASSWORD: SEED_ADMIN_PASSWORD must have at least 12 characters/],
    ['NODE_ENV', { NODE_ENV: 'staging' }, /NODE_ENV/],
  ])('%s', (_name, source, message) => {
    expect(() => parseEnv(source)).toThrow(message)
  })
})

describe.each([
  ['production', { NODE_ENV: 'production' }],
  ['a deployment (DEPLOYMENT=1)', { DEPLOYMENT: '1' }],
  ['a deployment (DEPLOYMENT=true)', { NODE_ENV: 'development', DEPLOYMENT: 'true' }],
])('parseEnv in %s', (_label, mode) => {
  it.each(['PAYLOAD_SECRET', 'REVALIDATE_SECRET', 'PREVIEW_SECRET'] as const)('refuses a missing %s', (name) => {
    const source: Record<string, string | undefined> = { ...mode, ...strongSecrets }
    delete source[name]
    expect(() => parseEnv(source)).toThrow(new RegExp(`${name} must be set to a random value of at least 32 characters`))
  })

  it.each([
    ['PAYLOAD_SECRET', DEV_PAYLOAD_SECRET],
    ['REVALIDATE_SECRET', DEV_REVALIDATE_SECRET],
    ['PREVIEW_SECRET', DEV_PREVIEW_SECRET],
  ] as const)('refuses the development default of %s', (name, devDefault) => {
    expect(() => parseEnv({ ...mode, ...strongSecrets, [name]: devDefault })).toThrow(new RegExp(name))
  })

  it.each(['PAYLOAD_SECRET', 'REVALIDATE_SECRET', 'PREVIEW_SECRET'] as const)('refuses a %s shorter than 32 characters', (name) => {
    expect(() => parseEnv({ ...mode, ...strongSecrets, [name]: 'x'.repeat(31) })).toThrow(new RegExp(name))
  })

  it('accepts random secrets of 32 characters or more', () => {
    const env = parseEnv({ ...mode, PAYLOAD_SECRET: strongSecret('a'), REVALIDATE_SECRET: 'b'.repeat(64), PREVIEW_SECRET: strongSecret('c') })
    expect(env.PAYLOAD_SECRET).toBe(strongSecret('a'))
    expect(env.REVALIDATE_SECRET).toBe('b'.repeat(64))
    expect(env.PREVIEW_SECRET).toBe(strongSecret('c'))
  })
})

describe('parseEnv during `next build`', () => {
  it('needs no secrets, because nothing is served while building', () => {
    const env = parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })
    expect(env.PAYLOAD_SECRET).toBe(DEV_PAYLOAD_SECRET)
  })
})

describe('parseEnv: S3 media storage', () => {
  const s3 = {
    S3_BUCKET: 'crn-media',
    S3_ENDPOINT: 'https://s3.example.org',
    S3_REGION: 'eu-north-1',
    S3_ACCESS_KEY_ID: 'access-key',
    S3_SECRET_ACCESS_KEY: 'secret-key',
    S3_FORCE_PATH_STYLE: 'true',
  }

  it('keeps media on the MEDIA_DIR volume when no S3_* variable is set', () => {
    expect(parseEnv({}).S3_MEDIA).toBeNull()
  })

  it('uses S3 when every S3_* variable is set', () => {
    expect(parseEnv(s3).S3_MEDIA).toEqual({
      bucket: 'crn-media',
      endpoint: 'https://s3.example.org',
      region: 'eu-north-1',
      accessKeyId: 'access-key',
      secretAccessKey: 'secret-key',
      forcePathStyle: true,
    })
    expect(parseEnv({ ...s3, S3_FORCE_PATH_STYLE: 'false' }).S3_MEDIA?.forcePathStyle).toBe(false)
  })

  it.each(Object.keys(s3))('refuses a partial configuration without %s, naming what is missing', (name) => {
    const partial: Record<string, string> = { ...s3 }
    delete partial[name]
    expect(() => parseEnv(partial)).toThrow(new RegExp(`all of S3_BUCKET.*or none.*${name} missing`, 's'))
  })

  it('refuses an S3_ENDPOINT that is not an http(s) URL', () => {
    expect(() => parseEnv({ ...s3, S3_ENDPOINT: 's3.example.org' })).toThrow(/S3_ENDPOINT must be an http\(s\) URL/)
  })

  it('refuses an S3_FORCE_PATH_STYLE that is not a boolean', () => {
    expect(() => parseEnv({ ...s3, S3_FORCE_PATH_STYLE: 'maybe' })).toThrow(/S3_FORCE_PATH_STYLE must be true or false/)
  })
})
