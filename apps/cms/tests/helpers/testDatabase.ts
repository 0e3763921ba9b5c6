import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A fresh database for one test suite: a temporary SQLite file by default, or a
 * uniquely named database on the MongoDB server given by MONGODB_TEST_URI, so the
 * same suites run on both adapters.
 */
export type TestDatabase = { uri: string; kind: 'sqlite' | 'mongodb'; cleanup: () => void }

export function createTestDatabase(label: string): TestDatabase {
  const mongoUri = process.env.MONGODB_TEST_URI
  const name = `${label}-${randomUUID().slice(0, 8)}`
  if (mongoUri) {
    const url = new URL(mongoUri)
    url.pathname = `/crn_test_${name.replace(/[^a-z0-9_]/gi, '_')}`
    return { uri: url.toString(), kind: 'mongodb', cleanup: () => undefined }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-cms-test-'))
  return {
    uri: `file:${path.join(dir, `${name}.db`)}`,
    kind: 'sqlite',
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  }
}
