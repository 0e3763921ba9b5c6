#!/usr/bin/env node
// `npm run export:legacy -- <cms.db> <out.json>`: writes every table of a SQLite database made by an
// earlier version of the CMS (integer ids) to JSON, so editors' content survives the move to a fresh
// database (see apps/cms/src/db/databaseFormat.ts). Reads only; the database file is not changed.
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

const [source, target] = process.argv.slice(2)
if (!source || !target) {
  console.error('Usage: npm run export:legacy -- <path/to/cms.db> <out.json>')
  process.exit(2)
}
const file = path.resolve(source.replace(/^file:(\/\/)?/, ''))
if (!fs.existsSync(file)) {
  console.error(`No database at ${file}`)
  process.exit(2)
}

const client = createClient({ url: `file:${file}` })
try {
  const tables = (await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)).rows.map((row) => String(row.name))
  const content = { exportedAt: new Date().toISOString(), source: file, tables: {} }
  let rows = 0
  for (const table of tables) {
    const result = await client.execute(`SELECT * FROM \`${table}\``)
    content.tables[table] = result.rows.map((row) => Object.fromEntries(result.columns.map((column) => [column, typeof row[column] === 'bigint' ? String(row[column]) : row[column]])))
    rows += result.rows.length
  }
  fs.writeFileSync(path.resolve(target), `${JSON.stringify(content, null, 2)}\n`)
  console.log(`Wrote ${rows} rows from ${tables.length} tables of ${file} to ${path.resolve(target)}`)
} finally {
  client.close()
}
