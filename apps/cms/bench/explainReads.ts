/**
 * `DATABASE_URI=file:… npm run payload -w @crn/cms -- run bench/explainReads.ts`: the SQL Payload sends
 * for each read of the scale benchmark, with its duration and SQLite's `EXPLAIN QUERY PLAN`, as an
 * anonymous reader sees it (published only). The evidence behind docs/benchmarks.md ("Scale").
 * SQLite only; on MongoDB use `explain()` on the same queries.
 */
import type { Client } from '@libsql/client'
import { createLocalReq, getPayload, type Where } from 'payload'

import config from '../src/payload.config'

const payload = await getPayload({ config, disableOnInit: true })
const client = (payload.db as unknown as { client: Client }).client
const original = client.execute.bind(client)
let log: { sql: string; args: unknown; ms: number }[] = []
client.execute = (async (statement: Parameters<Client['execute']>[0]) => {
  const started = performance.now()
  const result = await original(statement)
  const sql = typeof statement === 'string' ? statement : statement.sql
  const args = typeof statement === 'string' ? [] : statement.args
  log.push({ sql, args, ms: performance.now() - started })
  return result
}) as Client['execute']

async function explain(label: string, read: () => Promise<unknown>) {
  await read() // warm
  log = []
  const started = performance.now()
  await read()
  const total = performance.now() - started
  const statements = log
  log = []
  console.log(`\n=== ${label}: ${total.toFixed(1)} ms, ${statements.length} statements`)
  for (const statement of statements) {
    // Long statements (every array and locale as a correlated subquery) are shortened in the middle.
    const sql = statement.sql.length > 700 ? `${statement.sql.slice(0, 200)} … ${statement.sql.slice(-400)}` : statement.sql
    console.log(`-- ${statement.ms.toFixed(1)} ms: ${sql}`)
    const plan = await original({ sql: `EXPLAIN QUERY PLAN ${statement.sql}`, args: statement.args as never })
    for (const row of plan.rows) console.log(`   plan: ${String(row.detail)}`)
  }
}

const anonymous = await createLocalReq({}, payload)
const published: Where = { _status: { equals: 'published' } }
const list = (sort?: string, depth = 1) => () =>
  payload.find({ collection: 'projects', locale: 'en', limit: 20, depth, sort, overrideAccess: false, req: anonymous, where: published })
const anyProject = (await payload.find({ collection: 'projects', limit: 1, depth: 0, sort: '-createdAt', overrideAccess: true })).docs[0]

await explain('REST list, default sort, depth 1', list())
await explain('REST list, sort -createdAt, depth 0', list('-createdAt', 0))
await explain('REST list, sort title, depth 0', list('title', 0))
await explain('REST by slug, depth 1', () =>
  payload.find({ collection: 'projects', locale: 'en', limit: 1, depth: 1, overrideAccess: false, req: anonymous, where: { and: [published, { slug: { equals: anyProject?.slug ?? '' } }] } }),
)
await explain('change feed page', () =>
  payload.find({ collection: 'content-changes', where: { occurredAt: { greater_than_equal: new Date(Date.now() - 30 * 86_400_000).toISOString() } }, sort: ['occurredAt', 'id'], limit: 50, depth: 0, overrideAccess: true }),
)
await payload.destroy()
process.exit(0)
