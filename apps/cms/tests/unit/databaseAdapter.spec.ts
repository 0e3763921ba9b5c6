import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'

import { createDatabaseAdapter, databaseKind } from '../../src/db/databaseAdapter'

describe('databaseKind', () => {
  it.each([
    ['file:./data/cms.db', 'sqlite'],
    ['file:/tmp/crn/cms.db', 'sqlite'],
    ['file:///tmp/crn/cms.db', 'sqlite'],
    ['mongodb://mongo:27017/crn?replicaSet=rs0', 'mongodb'],
    ['mongodb://user:secret@localhost:27017/crn', 'mongodb'],
    ['mongodb+srv://cluster0.example.net/crn', 'mongodb'],
  ])('%s → %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind)
  })

  it.each(['postgres://localhost/crn', 'mysql://localhost/crn', './data/cms.db', '', 'MONGODB://host/db', 'sqlite:cms.db'])(
    'refuses %j with a message naming the supported schemes',
    (uri) => {
      expect(() => databaseKind(uri)).toThrow(/Unsupported DATABASE_URI .*file:.*mongodb:/)
    },
  )
})

describe('createDatabaseAdapter', () => {
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-adapter-'))
  afterAll(() => fs.rmSync(tempRoot, { recursive: true, force: true }))

  it('chooses SQLite for file: with text ids (the shape MongoDB has too) and creates the database folder', () => {
    const folder = path.join(tempRoot, 'nested', 'data')
    const adapter = createDatabaseAdapter(`file:${path.join(folder, 'cms.db')}`)
    expect(adapter.name).toBe('sqlite')
    expect(adapter.defaultIDType).toBe('text')
    expect(fs.statSync(folder).isDirectory()).toBe(true)
  })

  it('chooses MongoDB for mongodb:// without touching the file system', () => {
    const before = fs.readdirSync(tempRoot)
    const adapter = createDatabaseAdapter('mongodb://127.0.0.1:27017/crn_adapter_test?replicaSet=rs0')
    expect(adapter.name).toBe('mongoose')
    expect(adapter.defaultIDType).toBe('text')
    expect(fs.readdirSync(tempRoot)).toEqual(before)
  })

  it('refuses an unsupported connection string', () => {
    expect(() => createDatabaseAdapter('postgres://localhost/crn')).toThrow(/Unsupported DATABASE_URI/)
  })
})
