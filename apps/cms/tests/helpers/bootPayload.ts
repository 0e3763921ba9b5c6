import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { createTestDatabase, type TestDatabase } from './testDatabase'

export type BootedPayload = { payload: Payload; database: TestDatabase; mediaDir: string; shutdown: () => Promise<void> }

/**
 * Boots Payload in-process on a fresh database. The environment is set before the
 * config is imported, because the config validates it once at import time.
 */
export async function bootPayload(label: string): Promise<BootedPayload> {
  const database = createTestDatabase(label)
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), `crn-test-media-${label}-`))
  process.env.DATABASE_URI = database.uri
  process.env.SEED_ON_START = 'false'
  process.env.PAYLOAD_SECRET = 'test-secret-for-integration-suites-only'
  process.env.MEDIA_DIR = mediaDir
  const { getPayload } = await import('payload')
  const { env } = await import('../../src/env')
  // The env module is validated once per test file. If a test imported a module that read it
  // before this point, Payload would open the developer's real database: refuse instead.
  if (env.DATABASE_URI !== database.uri) {
    throw new Error(
      `bootPayload: the environment was read before the test database was set (DATABASE_URI is ${env.DATABASE_URI}). ` +
        'Import CMS source modules dynamically, after bootPayload().',
    )
  }
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    database,
    mediaDir,
    shutdown: async () => {
      if (database.kind === 'mongodb') {
        const connection = (payload.db as unknown as { connection?: { dropDatabase: () => Promise<unknown> } }).connection
        await connection?.dropDatabase()
      }
      await payload.destroy()
      database.cleanup()
      fs.rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}
